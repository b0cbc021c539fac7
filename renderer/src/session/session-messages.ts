import { defineMessages } from '../i18n/define-messages.ts';

export const sessionMessages = defineMessages(
  {
    title: 'Aanmelden bij de teamwerkruimte',
    intro:
      'Deze werkruimte staat op een server en wordt gedeeld met je collega’s. Meld je aan met de naam en het wachtwoord die je van de beheerder kreeg.',
    name: 'Naam',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    wrong: 'De naam of het wachtwoord klopt niet.',
    throttled: 'Te vaak een verkeerd wachtwoord. Probeer het over {{seconds}} seconden opnieuw.',
    failed: 'Aanmelden lukte niet: {{message}}',
    signedInAs: 'Teamwerkruimte · {{name}} ({{role}})',
    where: 'Gedeeld op {{server}}',
    signOut: 'Afmelden',
    role: { lead: 'teamleider', viewer: 'alleen bekijken', admin: 'beheerder' },
    changedByOther:
      '{{author}} heeft dit om {{time}} gewijzigd, nadat jouw scherm het liet zien. Er is niets overschreven: bekijk de wijziging en probeer het opnieuw.',
    staleView: 'Je scherm loopt te ver achter. Laad de pagina opnieuw voordat je iets wijzigt.',
    forbidden: 'Met jouw rol kun je dit niet doen.',
    by: 'door {{author}}',
    teamTitle: 'Teamwerkruimte',
    teamIntro:
      'Deze werkruimte staat op deze computer. Een teamwerkruimte op een server opent in een eigen venster; dit venster blijft deze werkruimte tonen.',
    serverAddress: 'Adres van de server',
    openTeam: 'Teamwerkruimte openen',
    badUrl: 'Geef het https://-adres van de server (http:// alleen voor een server op deze computer).',
  },
  {
    title: 'Sign in to the team workspace',
    intro:
      'This workspace lives on a server and is shared with your colleagues. Sign in with the name and password your administrator gave you.',
    name: 'Name',
    password: 'Password',
    submit: 'Sign in',
    wrong: 'The name or the password is not right.',
    throttled: 'Too many wrong passwords. Try again in {{seconds}} seconds.',
    failed: 'Signing in failed: {{message}}',
    signedInAs: 'Team workspace · {{name}} ({{role}})',
    where: 'Shared on {{server}}',
    signOut: 'Sign out',
    role: { lead: 'lead', viewer: 'view only', admin: 'administrator' },
    changedByOther:
      '{{author}} changed this at {{time}}, after your screen showed it. Nothing was overwritten: look at their change and try again.',
    staleView: 'Your screen is too far behind. Reload the page before changing anything.',
    forbidden: 'Your role does not allow this.',
    by: 'by {{author}}',
    teamTitle: 'Team workspace',
    teamIntro:
      'This workspace is on this computer. A team workspace on a server opens in a window of its own; this window keeps showing this workspace.',
    serverAddress: 'Server address',
    openTeam: 'Open team workspace',
    badUrl: 'Give the server’s https:// address (http:// only for a server on this computer).',
  },
);
