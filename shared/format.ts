import { roundHalfAway } from './rounding.ts';
import type { Cents, Language } from './schemas/index.ts';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/*
 * Formatters are cached per language and style: building one per call was the main cost of
 * redrawing large tables, and a visible part of drawing the first screen.
 */
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** `€ 1.234,50` in Dutch, `€1,234.50` in English; always from integer cents. */
export function formatMoney(cents: Cents, language: Language): string {
  return numberFormat(language, { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/\u00a0/g, ' ');
}

export function formatHours(hours: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 2 }).format(hours);
}

/**
 * Exactly `digits` decimals (`1.455,10` in Dutch), for a column where every figure must read alike;
 * the tie rule is the app's (away from zero, the same for −7,25 and 7,25).
 */
export function formatFixed(value: number, digits: number, language: Language): string {
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    roundHalfAway(value, digits),
  );
}

/** Whole numbers with the language's grouping: `10.000` in Dutch, `10,000` in English. */
export function formatCount(count: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 0 }).format(count);
}

export function formatPercent(ratio: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** Dutch users read `dd-mm-jjjj`; English gets `dd/mm/yyyy`. Works on the string, so no time zone can shift it. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-');
  return language === 'nl' ? `${d}-${m}-${y}` : `${d}/${m}/${y}`;
}

/** `YYYY-MM-DD` from a day-month-year string as typed (`23-11-2026`, `23/11/2026`, `23.11.2026`), or null. */
export function parseDayMonthYear(text: string): string | null {
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  return date.getMonth() === Number(m) - 1 && date.getDate() === Number(d) ? iso : null;
}

/** `nov 2026` / `Nov 2026` (short) or `november 2026` / `November 2026` (long), from a `YYYY-MM` string. */
export function formatMonth(month: string, language: Language, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return dateFormat(language, { month: style, year: 'numeric' })
    .format(new Date(y, m - 1, 1))
    .replace('.', '');
}

/** A range of months as one label: `mrt–aug 2026` / `Mar–Aug 2026`, or `nov 2025–feb 2026` across a year. */
export function formatMonthRange(first: string, last: string, language: Language): string {
  if (first === last) return formatMonth(first, language, 'long');
  const monthOnly = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return dateFormat(language, { month: 'short' })
      .format(new Date(y, m - 1, 1))
      .replace('.', '');
  };
  if (first.slice(0, 4) === last.slice(0, 4)) return `${monthOnly(first)}–${monthOnly(last)} ${last.slice(0, 4)}`;
  return `${formatMonth(first, language)}–${formatMonth(last, language)}`;
}

/** What a report figure measures; the PDF page, the XLSX and the CSV each write a style their own way. */
export type NumberStyle = 'money' | 'hours' | 'percent' | 'count' | 'rating' | 'days';

/**
 * Decimals per style, one rule for every format so a figure reads alike on paper and in a file:
 * euros and hours two (a column never mixes 1.522,31 with 1.455,1), a percentage, a rating and
 * a median in days one. Money is in cents and a percentage a ratio; the digits are of what is shown.
 */
export const styleDigits: Record<NumberStyle, number> = {
  money: 2,
  hours: 2,
  percent: 1,
  count: 0,
  rating: 1,
  days: 1,
};

/** A report figure as a reader sees it: `€ 4.844,00`, `72,40`, `34,6%`, `3`, `4,5`. */
export function formatStyled(value: number, style: NumberStyle, language: Language): string {
  if (style === 'money') return formatMoney(value, language);
  if (style === 'count') return formatCount(value, language);
  if (style === 'percent') return `${formatFixed(value * 100, styleDigits.percent, language)}%`;
  return formatFixed(value, styleDigits[style], language);
}
