import { formatHours, formatMoney, formatMonth, formatPercent } from '../../../../../shared/format.ts';
import { roundHalfAway } from '../../../../../shared/rounding.ts';
import type { Language } from '../../../../../shared/schemas/index.ts';

/** Client colours in a fixed order, so a client keeps its colour from month to month and slide to slide. */
export const palette = ['#0ca678', '#1c7ed6', '#f59f00', '#ae3ec9', '#e8590c', '#2f9e44', '#1098ad', '#d6336c', '#5c940d', '#495057'];

export function chartFormatters(language: Language) {
  return {
    month: (month: string) => formatMonth(month, language),
    money: (cents: number) => formatMoney(cents, language),
    euros: (cents: number) => formatMoney(Math.round(cents / 100) * 100, language).replace(/[.,]00$/, ''),
    hours: (hours: number) => formatHours(roundHalfAway(hours, 1), language),
    percent: (ratio: number) => formatPercent(ratio, language),
  };
}
