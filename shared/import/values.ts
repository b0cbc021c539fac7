import { format, isValid, parse } from 'date-fns';

/** A number as Excel writes it in either locale: `7,5` or `7.5`; thousands separators only with a comma decimal. */
export function parseNumber(text: string): number | null {
  const t = text.replace(/[€\s\u00a0]/g, '');
  if (t === '') return null;
  const normal = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** Hours per day: empty is 0, otherwise 0–24 in quarter hours (the unit the app plans in). */
export function parseDayHours(text: string): number | null {
  if (text.trim() === '') return 0;
  const n = parseNumber(text);
  if (n === null || n < 0 || n > 24 || !Number.isInteger(n * 4)) return null;
  return n;
}

const DATE_FORMATS = ['dd-MM-yyyy', 'd-M-yyyy', 'dd/MM/yyyy', 'd/M/yyyy', 'yyyy-MM-dd', 'dd.MM.yyyy'];

/** Dutch `dd-mm-jjjj` first, ISO second; parsed as a local calendar date, never through UTC. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  for (const pattern of DATE_FORMATS) {
    const date = parse(t, pattern, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2200) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

/** Skills in one cell, separated by `,` or `;` (whichever the CSV separator is not). */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;|]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

/** Euros to integer cents, rounding away the float error of `85.1 * 100`. */
export function eurosToCents(text: string): number | null {
  const n = parseNumber(text);
  return n === null || n < 0 ? null : Math.round(n * 100);
}
