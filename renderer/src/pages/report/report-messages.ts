import { defineMessages } from '../../i18n/define-messages.ts';

export const reportMessages = defineMessages(
  {
    title: 'Maandoverzicht',
    statementTitle: 'Persoonlijk maandoverzicht',
    rangeTitle: 'Overzicht',
    rangeStatementTitle: 'Persoonlijk overzicht',
    madeOn: 'Gemaakt op {{date}}',
    page: 'Pagina',
    print: 'Afdrukken / opslaan als PDF',
    notFound: 'Onbekende maand of medewerker in dit adres.',
    weeksNote:
      'Uren, capaciteit en overzichten per persoon tellen per kalenderdag, net als de omzet; ad-hocuren van een week over de maandgrens zijn over haar werkdagen verdeeld.',
    utilisationNote:
      'Bezetting = toegezegde uren (vaste ondersteuning, bevestigde detacheringen en ad-hocaanvragen) gedeeld door beschikbare uren (contracturen min feestdagen en verlof). Voorgestelde detacheringen tellen niet mee.',
    commentary: {
      title: 'Toelichting',
      label: 'Toelichting bij {{month}}',
      hint: 'Uw eigen woorden bij de cijfers; ze staan op de eerste pagina van het rapport.',
      save: 'Toelichting opslaan',
      saved: 'Toelichting bij {{month}} opgeslagen',
    },
    valueNote:
      'Bespaarde uren tellen tegen het schaduwtarief, afgeronde aanvragen tegen het interne tarief (per aanvraag afgerond op hele centen).',
    charts: { title: 'Grafieken: de maand en de twaalf maanden ervoor' },
    statements: { title: 'Overzicht per persoon' },
    panel: {
      title: 'Maandoverzicht',
      intro: 'Een rapport voor de directie: als PDF, of de cijfers als XLSX en CSV.',
      month: 'Maand',
      person: 'Eén persoon (optioneel)',
      everyone: 'Het hele team',
      pdf: 'PDF',
      xlsx: 'XLSX',
      csv: 'CSV',
      open: 'Rapport openen',
      exported: 'Geëxporteerd',
      failed: 'Exporteren mislukt',
    },
  },
  {
    title: 'Monthly overview',
    statementTitle: 'Personal monthly statement',
    rangeTitle: 'Overview',
    rangeStatementTitle: 'Personal statement',
    madeOn: 'Made on {{date}}',
    page: 'Page',
    print: 'Print / save as PDF',
    notFound: 'Unknown month or person in this address.',
    weeksNote:
      'Hours, capacity and the statements per person are counted by calendar day, like revenue; ad-hoc hours of a week that spans two months are spread over its working days.',
    utilisationNote:
      'Utilisation = committed hours (structural support, confirmed placements and ad hoc requests) divided by available hours (contract hours minus public holidays and leave). Proposed placements do not count.',
    commentary: {
      title: 'Commentary',
      label: 'Commentary on {{month}}',
      hint: 'Your own words with the figures; they appear on the first page of the report.',
      save: 'Save commentary',
      saved: 'Commentary on {{month}} saved',
    },
    valueNote:
      'Hours saved count at the shadow rate, completed requests at the internal rate (rounded to whole cents per request).',
    charts: { title: 'Charts: the month and the twelve months up to it' },
    statements: { title: 'Statement per person' },
    panel: {
      title: 'Monthly overview',
      intro: 'A report for the directors: as PDF, or the figures as XLSX and CSV.',
      month: 'Month',
      person: 'One person (optional)',
      everyone: 'The whole team',
      pdf: 'PDF',
      xlsx: 'XLSX',
      csv: 'CSV',
      open: 'Open report',
      exported: 'Exported',
      failed: 'Export failed',
    },
  },
);
