import { defineMessages } from '../../i18n/define-messages.ts';

const nl = {
  title: 'Tarieven, feestdagen en omzetdoel',
  intro: 'Deze instellingen bepalen de waarde en de capaciteit van elke maand. Een wijziging geldt vanaf de datum hieronder; maanden daarvoor houden hun waarde.',
  from: 'Geldig vanaf',
  fromHint: 'Standaard vandaag',
  closedWarning: 'Deze datum valt in een afgesloten maand ({{months}}). Die maand blijft staan zoals gerapporteerd; het verschil verschijnt daar als correctie na afsluiten.',
  holidays: 'Feestdagen die vrij zijn',
  holidaysHint: 'Welke feestdagen uw organisatie vrij geeft (cao). Op een vrije feestdag telt niemand beschikbare uren.',
  liberationDay: 'Bevrijdingsdag (5 mei)',
  liberationRule: { always: 'Elk jaar vrij', lustrum: 'Eens per 5 jaar (2025, 2030 …)', never: 'Nooit vrij' },
  holiday: {
    newYear: 'Nieuwjaarsdag', goodFriday: 'Goede Vrijdag', easterMonday: 'Tweede paasdag', kingsDay: 'Koningsdag', liberationDay: 'Bevrijdingsdag',
    ascensionDay: 'Hemelvaartsdag', whitMonday: 'Tweede pinksterdag', christmasDay: 'Eerste kerstdag', boxingDay: 'Tweede kerstdag',
  },
  history: {
    title: 'Geschiedenis',
    intro: 'Elke waarde geldt vanaf haar datum tot de volgende.',
    setting: 'Instelling',
    from: 'Vanaf',
    value: 'Waarde',
    fromStart: 'het begin',
    noTarget: 'geen doel',
    internalRate: 'Intern uurtarief',
    shadowRate: 'Schaduwtarief',
    target: 'Jaardoel omzet',
    holidays: 'Vrije feestdagen',
    liberation: 'Bevrijdingsdag: {{rule}}',
  },
};

const en: typeof nl = {
  title: 'Rates, holidays and revenue target',
  intro: 'These settings decide the value and the capacity of every month. A change applies from the date below; months before it keep their values.',
  from: 'Applies from',
  fromHint: 'Today by default',
  closedWarning: 'This date falls in a closed month ({{months}}). That month stays as reported; the difference shows there as a correction after closing.',
  holidays: 'Holidays given off',
  holidaysHint: 'Which public holidays your organisation gives off (collective agreement). Nobody has available hours on a holiday off.',
  liberationDay: 'Liberation Day (5 May)',
  liberationRule: { always: 'Off every year', lustrum: 'Once every 5 years (2025, 2030 …)', never: 'Never off' },
  holiday: {
    newYear: "New Year's Day", goodFriday: 'Good Friday', easterMonday: 'Easter Monday', kingsDay: "King's Day", liberationDay: 'Liberation Day',
    ascensionDay: 'Ascension Day', whitMonday: 'Whit Monday', christmasDay: 'Christmas Day', boxingDay: 'Boxing Day',
  },
  history: {
    title: 'History',
    intro: 'Each value applies from its date until the next one.',
    setting: 'Setting',
    from: 'From',
    value: 'Value',
    fromStart: 'the start',
    noTarget: 'no target',
    internalRate: 'Internal hourly rate',
    shadowRate: 'Shadow rate',
    target: 'Annual revenue target',
    holidays: 'Holidays off',
    liberation: 'Liberation Day: {{rule}}',
  },
};

export const datedSettingsMessages = defineMessages(nl, en);
