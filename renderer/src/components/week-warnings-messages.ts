import { defineMessages } from '../i18n/define-messages.ts';

/** Texts of the warning shown before a placement, an assignment or a plan makes someone short. */
export const weekWarningsMessages = defineMessages(
  {
    title: 'Let op: dit gaat over de beschikbare uren heen',
    intro: 'Na opslaan komt iemand in deze weken uren tekort of werkt in een verlofweek:',
    overbooked: '{{name}}: {{weeks}} tekort, tot {{lowest}} uur vrij',
    onLeave: '{{name}} heeft verlof in {{weeks}}',
    oneWeek: 'wk {{week}} ({{date}})',
    manyWeeks: 'wk {{first}} ({{date}}) t/m wk {{last}}, {{count}} weken',
    proceed: 'Toch opslaan',
    back: 'Terug',
  },
  {
    title: 'Note: this goes beyond the available hours',
    intro: 'After saving, someone is short of hours in these weeks or works in a leave week:',
    overbooked: '{{name}}: short in {{weeks}}, down to {{lowest}} hours spare',
    onLeave: '{{name}} is on leave in {{weeks}}',
    oneWeek: 'wk {{week}} ({{date}})',
    manyWeeks: 'wk {{first}} ({{date}}) to wk {{last}}, {{count}} weeks',
    proceed: 'Save anyway',
    back: 'Back',
  },
);
