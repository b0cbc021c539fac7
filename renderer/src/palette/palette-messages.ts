import { defineMessages } from '../i18n/define-messages.ts';

export const paletteMessages = defineMessages(
  {
    open: 'Zoeken',
    openHint: 'Ga naar een pagina, persoon, aanvraag, detachering of klant, of doe iets (Ctrl+K)',
    placeholder: 'Typ een naam, pagina of actie…',
    label: 'Zoeken en doen',
    nothingFound: 'Niets gevonden. Probeer een deel van een naam of titel.',
    hint: '↑ ↓ kiezen · Enter openen · Esc sluiten',
    groups: { pages: 'Pagina’s', actions: 'Acties', people: 'Mensen', requests: 'Aanvragen', placements: 'Detacheringen', clients: 'Klanten' },
    goTo: 'Ga naar {{page}}',
    actions: {
      newRequest: 'Nieuwe aanvraag',
      logLeave: 'Verlof invoeren…',
      logLeaveFor: 'Verlof invoeren: {{name}}',
      leaveQuery: 'Verlof invoeren: ',
      newPlacement: 'Nieuwe detachering',
      exportMonth: 'Maandoverzicht exporteren',
      undo: 'Ongedaan maken: {{what}}',
    },
    keywords: { newRequest: 'toevoegen aanmaken verzoek', logLeave: 'afwezig vakantie ziek vrij', newPlacement: 'toevoegen inhuur', exportMonth: 'pdf xlsx csv rapport maand', undo: 'terug herstel' },
    describe: {
      person: 'Persoon',
      inactive: 'Persoon, uit dienst',
      client: 'Klant: detacheringen tonen',
    },
  },
  {
    open: 'Search',
    openHint: 'Go to a page, person, request, placement or client, or do something (Ctrl+K)',
    placeholder: 'Type a name, page or action…',
    label: 'Search and do',
    nothingFound: 'Nothing found. Try part of a name or title.',
    hint: '↑ ↓ choose · Enter open · Esc close',
    groups: { pages: 'Pages', actions: 'Actions', people: 'People', requests: 'Requests', placements: 'Placements', clients: 'Clients' },
    goTo: 'Go to {{page}}',
    actions: {
      newRequest: 'New request',
      logLeave: 'Log leave…',
      logLeaveFor: 'Log leave: {{name}}',
      leaveQuery: 'Log leave: ',
      newPlacement: 'New placement',
      exportMonth: 'Export a monthly overview',
      undo: 'Undo: {{what}}',
    },
    keywords: { newRequest: 'add create ask', logLeave: 'absence holiday vacation sick off', newPlacement: 'add hire', exportMonth: 'pdf xlsx csv report month', undo: 'back revert' },
    describe: {
      person: 'Person',
      inactive: 'Person, left',
      client: 'Client: show placements',
    },
  },
);
