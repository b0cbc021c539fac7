import { describe, expect, it } from 'vitest';
import { mailKindSchema } from '../schemas/index.ts';
import {
  defaultTemplates,
  fillTemplate,
  placeholderNames,
  placeholdersFor,
  templateFor,
  type PlaceholderValues,
} from './templates.ts';

const values: PlaceholderValues = {
  requester: 'Jan de Boer',
  title: 'Notulen ALV',
  goal: 'Besluiten vastleggen',
  deliverable: 'Conceptnotulen',
  deadline: '11-12-2026',
  hours: '8 uur',
  doneWhen: 'Concept bij de voorzitter',
  assignee: 'Priya Sharma',
  reason: 'Geen capaciteit',
  week: 'week 2 (vanaf 04-01-2027)',
  organisation: 'Secretariaat',
};

describe('mail templates', () => {
  it('fills Dutch and English placeholder names alike, in any letter case', () => {
    expect(fillTemplate('{titel} door {uitvoerder}, {Title} by {ASSIGNEE}', values)).toBe(
      'Notulen ALV door Priya Sharma, Notulen ALV by Priya Sharma',
    );
  });

  it('leaves an unknown placeholder as typed so the lead sees the slip in the draft', () => {
    expect(fillTemplate('Beste {aanvrager}, {onbekend}', values)).toBe('Beste Jan de Boer, {onbekend}');
  });

  it('uses only known placeholders in every default template, so no default draft shows braces', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const kind of mailKindSchema.options) {
        const { subject, body } = defaultTemplates[language][kind];
        expect(fillTemplate(`${subject}\n${body}`, values), `${language}/${kind}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('names the placeholders of each kind in the template language', () => {
    expect(placeholdersFor('defer', 'nl')).toEqual(['{aanvrager}', '{titel}', '{organisatie}', '{reden}', '{week}']);
    expect(placeholdersFor('confirm', 'en')).toContain('{doneWhen}');
    expect(Object.keys(placeholderNames)).toHaveLength(11);
  });

  it("takes the lead's stored template and falls back to the default for the rest", () => {
    const stored = { nl: { done: { subject: 'Af: {titel}', body: 'Cijfer?' } }, en: {} };
    expect(templateFor(stored, 'nl', 'done').subject).toBe('Af: {titel}');
    expect(templateFor(stored, 'nl', 'confirm')).toEqual(defaultTemplates.nl.confirm);
    expect(templateFor(undefined, 'en', 'done')).toEqual(defaultTemplates.en.done);
  });
});
