import type { Language } from '../../../shared/schemas/index.ts';

/** The exported files' names; the tables' own words are in shared/report/overview-labels.ts, with the page's. */
const fileWords: Record<Language, string> = { nl: 'Maandoverzicht', en: 'Monthly-overview' };

/** `Maandoverzicht-2026-10` / `Monthly-overview-2026-10`, plus the person's name for a personal statement. */
export function fileBase(language: Language, month: string, personName?: string): string {
  const person = personName ? `-${personName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}` : '';
  return `${fileWords[language]}-${month}${person}`;
}
