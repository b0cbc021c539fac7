import { defineMessages } from '../../i18n/define-messages.ts';

export const seriesMessages = defineMessages(
  {
    section: 'Herhalen',
    kind: 'Herhaalt',
    kinds: { none: 'Niet', weekly: 'Per week', monthly: 'Per maand' },
    interval: 'Om de hoeveel weken',
    day: 'Op dag van de maand',
    until: 'Tot en met (leeg: doorlopend)',
    firstIsDeadline:
      'De deadline is de eerste keer. Elke keer wordt een eigen aanvraag met dezelfde verwachtingen; de volgende drie (en alles binnen acht weken) staan meteen in de rij.',
    dayOff:
      'Valt een keer op een weekend of een feestdag die vrij is, dan schuift die naar de volgende werkdag. Dag 29–31 wordt in kortere maanden de laatste dag.',
    preview: 'Eerstvolgende keren',
    previewNeedsDeadline: 'Vul de deadline in om de data te zien.',
    moved: '{{date}} (valt op {{nominal}}: weekend of feestdag → volgende werkdag)',
    errors: { untilBeforeStart: 'Ligt voor de eerste keer (de deadline)' },
    describe: {
      weekly: 'Elke week op {{weekday}}',
      everyN: 'Om de {{count}} weken op {{weekday}}',
      monthly: 'Elke maand op de {{day}}e',
      until: 'tot en met {{date}}',
    },
    indicatorShort: 'Herhalende aanvraag',
    drawer: {
      title: 'Herhalende aanvraag',
      occurrence: 'Deze keer: {{date}}',
      changeRest: 'Deze en volgende wijzigen',
      stop: 'Reeks stoppen na deze keer',
      stopped: 'De reeks stopt na {{date}}; latere keren die nog niemand had opgepakt zijn weggehaald.',
    },
    scope: {
      label: 'Wijzigen',
      one: 'Alleen deze',
      rest: 'Deze en volgende',
      restHint:
        'De reeks neemt deze gegevens over; latere keren die nog niemand heeft opgepakt worden aangepast. Eerdere en al gestarte keren blijven zoals ze zijn.',
    },
    saved: 'Herhalende aanvraag opgeslagen: {{count}} keer ingepland',
    savedRest: 'Deze en de volgende keren zijn gewijzigd',
  },
  {
    section: 'Repeat',
    kind: 'Repeats',
    kinds: { none: 'No', weekly: 'Weekly', monthly: 'Monthly' },
    interval: 'Every how many weeks',
    day: 'On day of the month',
    until: 'Until (empty: no end)',
    firstIsDeadline:
      'The deadline is the first occurrence. Each occurrence becomes its own request with the same expectations; the next three (and all within eight weeks) are in the queue at once.',
    dayOff:
      'An occurrence on a weekend or on a holiday given off moves to the next working day. Day 29–31 becomes the last day in shorter months.',
    preview: 'Next occurrences',
    previewNeedsDeadline: 'Fill in the deadline to see the dates.',
    moved: '{{date}} (the rule says {{nominal}}: weekend or holiday → next working day)',
    errors: { untilBeforeStart: 'Is before the first occurrence (the deadline)' },
    describe: {
      weekly: 'Every week on {{weekday}}',
      everyN: 'Every {{count}} weeks on {{weekday}}',
      monthly: 'Every month on day {{day}}',
      until: 'until {{date}}',
    },
    indicatorShort: 'Recurring request',
    drawer: {
      title: 'Recurring request',
      occurrence: 'This occurrence: {{date}}',
      changeRest: 'Change this and following',
      stop: 'Stop the series after this one',
      stopped: 'The series stops after {{date}}; later occurrences nobody had picked up were removed.',
    },
    scope: {
      label: 'Change',
      one: 'Only this one',
      rest: 'This and following',
      restHint:
        'The series takes these details; later occurrences nobody has picked up yet are updated. Earlier and started ones stay as they are.',
    },
    saved: 'Recurring request saved: {{count}} occurrences planned',
    savedRest: 'This and the following occurrences were changed',
  },
);
