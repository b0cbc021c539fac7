import {
  formatDate,
  formatFixed,
  formatMoney,
  formatMonth,
  formatMonthRange,
  formatPercent,
} from '../../../../shared/format.ts';
import type { Language } from '../../../../shared/schemas/index.ts';

/**
 * The report's number formats: the app's own, so a figure reads the same on screen and on paper.
 * One decimal rule per kind, so a column never mixes 1.522,31 with 1.455,1: hours always two
 * decimals (as in the XLSX and CSV), ratings and medians one.
 */
export function reportFormat(language: Language) {
  return {
    money: (cents: number) => formatMoney(cents, language),
    hours: (hours: number) => formatFixed(hours, 2, language),
    percent: (ratio: number) => formatPercent(ratio, language),
    decimal: (n: number) => formatFixed(n, 1, language),
    date: (iso: string) => formatDate(iso, language),
    month: (month: string) => formatMonth(month, language, 'long'),
    range: (first: string, last: string) => formatMonthRange(first, last, language),
  };
}
export type ReportFormat = ReturnType<typeof reportFormat>;

const MONTH = '(\\d{4}-(?:0[1-9]|1[0-2]))';
const REPORT_HASH = new RegExp(`^#/report/${MONTH}(?:\\.\\.${MONTH})?(?:/([^/?]+))?(\\?print)?$`);

/**
 * `#/report/2026-10`, a range `#/report/2026-03..2026-08`, either with `/<personId>`, and with
 * `?print` to open the print dialog. `lastMonth` equals `month` for one month.
 */
export function parseReportHash(
  hash: string,
): { month: string; lastMonth: string; personId: string | null; print: boolean } | null {
  const match = REPORT_HASH.exec(hash);
  if (!match) return null;
  return {
    month: match[1]!,
    lastMonth: match[2] ?? match[1]!,
    personId: match[3] ? decodeURIComponent(match[3]) : null,
    print: Boolean(match[4]),
  };
}

export function isReportHash(hash: string): boolean {
  return hash.startsWith('#/report/');
}

/** A CSS string literal for the @page margin boxes, which cannot hold markup. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}
