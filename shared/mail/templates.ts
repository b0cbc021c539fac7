import type { Language, MailKind, MailTemplate, MailTemplates } from '../schemas/index.ts';

/**
 * The facts a draft can quote. Each has a Dutch and an English placeholder name; both work in a
 * template of either language, so a lead who writes `{titel}` in the English one is not punished.
 */
export const placeholderNames = {
  requester: { nl: 'aanvrager', en: 'requester' },
  title: { nl: 'titel', en: 'title' },
  goal: { nl: 'doel', en: 'goal' },
  deliverable: { nl: 'oplevering', en: 'deliverable' },
  deadline: { nl: 'deadline', en: 'deadline' },
  hours: { nl: 'uren', en: 'hours' },
  doneWhen: { nl: 'klaarWanneer', en: 'doneWhen' },
  assignee: { nl: 'uitvoerder', en: 'assignee' },
  reason: { nl: 'reden', en: 'reason' },
  week: { nl: 'week', en: 'week' },
  organisation: { nl: 'organisatie', en: 'organisation' },
} as const;

export type PlaceholderKey = keyof typeof placeholderNames;
export type PlaceholderValues = Record<PlaceholderKey, string>;

const byName = new Map<string, PlaceholderKey>(
  (Object.keys(placeholderNames) as PlaceholderKey[]).flatMap((key) => [
    [placeholderNames[key].nl.toLowerCase(), key],
    [placeholderNames[key].en.toLowerCase(), key],
  ]),
);

/** Replaces `{name}` with its value; an unknown name stays as typed so the lead sees the slip in the draft. */
export function fillTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const key = byName.get(name.toLowerCase());
    return key ? values[key] : whole;
  });
}

/** The placeholder names that make sense in a template of this kind, as shown in Settings. */
export function placeholdersFor(kind: MailKind, language: Language): string[] {
  const common: PlaceholderKey[] = ['requester', 'title', 'organisation'];
  const extra: Record<MailKind, PlaceholderKey[]> = {
    confirm: ['goal', 'deliverable', 'deadline', 'hours', 'doneWhen', 'assignee'],
    decline: ['reason'],
    defer: ['reason', 'week'],
    done: ['deliverable', 'assignee'],
  };
  return [...common, ...extra[kind]].map((key) => `{${placeholderNames[key][language]}}`);
}

export const defaultTemplates: Record<Language, Record<MailKind, MailTemplate>> = {
  nl: {
    confirm: {
      subject: 'Bevestiging: {titel}',
      body: [
        'Beste {aanvrager},',
        '',
        'Dank voor je aanvraag "{titel}". We pakken hem op; dit is wat we hebben afgesproken:',
        '',
        'Doel: {doel}',
        'Op te leveren: {oplevering}',
        'Deadline: {deadline}',
        'Geschatte uren: {uren}',
        'Klaar wanneer: {klaarWanneer}',
        'Uitgevoerd door: {uitvoerder}',
        '',
        'Klopt er iets niet? Laat het me dan weten.',
        '',
        'Met vriendelijke groet,',
        '{organisatie}',
      ].join('\n'),
    },
    decline: {
      subject: 'Je aanvraag: {titel}',
      body: [
        'Beste {aanvrager},',
        '',
        'Helaas kunnen we je aanvraag "{titel}" niet oppakken.',
        '',
        'Reden: {reden}',
        '',
        'Met vriendelijke groet,',
        '{organisatie}',
      ].join('\n'),
    },
    defer: {
      subject: 'Later: {titel}',
      body: [
        'Beste {aanvrager},',
        '',
        'Je aanvraag "{titel}" kunnen we nu nog niet oppakken. We stellen voor hem in {week} op te pakken.',
        '',
        'Reden: {reden}',
        '',
        'Met vriendelijke groet,',
        '{organisatie}',
      ].join('\n'),
    },
    done: {
      subject: 'Klaar: {titel}',
      body: [
        'Beste {aanvrager},',
        '',
        'Je aanvraag "{titel}" is klaar ({oplevering}), uitgevoerd door {uitvoerder}.',
        '',
        'Wil je laten weten hoe tevreden je bent, met een cijfer van 1 (slecht) tot 5 (uitstekend)? Een antwoord op deze mail is genoeg.',
        '',
        'Met vriendelijke groet,',
        '{organisatie}',
      ].join('\n'),
    },
  },
  en: {
    confirm: {
      subject: 'Confirmed: {title}',
      body: [
        'Dear {requester},',
        '',
        'Thank you for your request "{title}". We will take it on; this is what we agreed:',
        '',
        'Goal: {goal}',
        'Deliverable: {deliverable}',
        'Deadline: {deadline}',
        'Estimated hours: {hours}',
        'Done when: {doneWhen}',
        'Carried out by: {assignee}',
        '',
        'If anything is not right, please let me know.',
        '',
        'Kind regards,',
        '{organisation}',
      ].join('\n'),
    },
    decline: {
      subject: 'Your request: {title}',
      body: [
        'Dear {requester},',
        '',
        'Unfortunately we cannot take on your request "{title}".',
        '',
        'Reason: {reason}',
        '',
        'Kind regards,',
        '{organisation}',
      ].join('\n'),
    },
    defer: {
      subject: 'Later: {title}',
      body: [
        'Dear {requester},',
        '',
        'We cannot take on your request "{title}" yet. We propose to pick it up in {week}.',
        '',
        'Reason: {reason}',
        '',
        'Kind regards,',
        '{organisation}',
      ].join('\n'),
    },
    done: {
      subject: 'Done: {title}',
      body: [
        'Dear {requester},',
        '',
        'Your request "{title}" is done ({deliverable}), carried out by {assignee}.',
        '',
        'Could you let us know how satisfied you are, with a score from 1 (poor) to 5 (excellent)? A reply to this mail is enough.',
        '',
        'Kind regards,',
        '{organisation}',
      ].join('\n'),
    },
  },
};

/** The lead's own template where one is stored, otherwise the default. */
export function templateFor(stored: MailTemplates | undefined, language: Language, kind: MailKind): MailTemplate {
  return stored?.[language][kind] ?? defaultTemplates[language][kind];
}
