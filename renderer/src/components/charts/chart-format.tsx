import { formatHours, formatMoney, formatMonth, formatPercent } from '../../../../shared/format.ts';
import { roundHalfAway } from '../../../../shared/rounding.ts';
import type { Language } from '../../../../shared/schemas/index.ts';

/**
 * Series colours from the Okabe–Ito set, told apart with every common colour-vision deficiency, each
 * at least 3:1 against the white chart background (WCAG's minimum for parts of a graphic).
 */
export const seriesColours = {
  blue: '#0072b2',
  vermillion: '#d55e00',
  green: '#009e73',
  purple: '#cc79a7',
  ochre: '#b8860b',
  grey: '#56606b',
} as const;

/** Client colours in a fixed order, so a client keeps its colour from month to month and slide to slide. */
export const palette = [
  seriesColours.blue,
  seriesColours.vermillion,
  seriesColours.green,
  seriesColours.purple,
  seriesColours.ochre,
  '#7b4fa0',
  '#00856a',
  '#a14f00',
  '#8c6d00',
  '#0b6674',
];

/** Legend entries in the text colour: in the series' own colour a light series was unreadable. */
export const legendText = (value: unknown) => (
  <span style={{ color: 'var(--mantine-color-text)' }}>{String(value)}</span>
);

export function chartFormatters(language: Language) {
  return {
    month: (month: string) => formatMonth(month, language),
    money: (cents: number) => formatMoney(cents, language),
    euros: (cents: number) => formatMoney(Math.round(cents / 100) * 100, language).replace(/[.,]00$/, ''),
    hours: (hours: number) => formatHours(roundHalfAway(hours, 1), language),
    percent: (ratio: number) => formatPercent(ratio, language),
  };
}
