import { formatMonthRange } from '../../../shared/format.ts';
import type { Language } from '../../../shared/schemas/index.ts';

/** The exported files' names; the tables' own words are in shared/report/overview-labels.ts, with the page's. */
const fileWords: Record<Language, { month: string; range: string }> = {
  nl: { month: 'Maandoverzicht', range: 'Overzicht' },
  en: { month: 'Monthly-overview', range: 'Overview' },
};

const safe = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/**
 * `Maandoverzicht-2026-10` / `Monthly-overview-2026-10`, plus the person's name for a personal
 * statement; a range reads as its label, `Overzicht-mrt-aug-2026` / `Overview-Mar-Aug-2026`.
 */
export function fileBase(language: Language, month: string, personName?: string, lastMonth?: string): string {
  const person = personName ? `-${safe(personName)}` : '';
  if (lastMonth && lastMonth !== month)
    return `${fileWords[language].range}-${safe(formatMonthRange(month, lastMonth, language))}${person}`;
  return `${fileWords[language].month}-${month}${person}`;
}
