import type { IsoDate, Workspace } from '../schemas/index.ts';
import { compareKeyFigures, type KeyFigures } from './key-figures.ts';
import { monthsOf, previousPeriod, type Period } from './periods.ts';
import { monthlySeries, type MonthPoint } from './series.ts';

/**
 * How far a period has happened: `closed` is over, `running` contains today (its figures are still
 * growing), `forecast` lies wholly in the future (only plans). Only a closed period's change can be
 * read as better or worse.
 */
export type PeriodStatus = 'closed' | 'running' | 'forecast';

export function periodStatus(period: Period, today: IsoDate): PeriodStatus {
  const months = monthsOf(period);
  const thisMonth = today.slice(0, 7);
  if (months[0]! > thisMonth) return 'forecast';
  return months.at(-1)! >= thisMonth ? 'running' : 'closed';
}

export const figureKeys = ['revenue', 'value', 'hours', 'utilisation', 'requests', 'median', 'satisfaction'] as const;
export type FigureKey = (typeof figureKeys)[number];

/**
 * A change as it may honestly be shown. `points` is a difference of two ratios in percentage
 * points (utilisation 35 % → 74 % is +39 points, not +114 %). Without a sound base there is no
 * number, only the reason: a forecast has not happened, an empty base has nothing to divide by, and
 * a partial base (fewer months with data than the period compared) would inflate the change.
 */
export type Comparison =
  | { kind: 'change'; unit: 'percent' | 'points'; delta: number; tone: 'good' | 'bad' | 'neutral' }
  | { kind: 'none'; reason: 'forecast' | 'noValue' | 'emptyBase' }
  | { kind: 'none'; reason: 'partialBase'; monthsWithData: number; months: number };

type Figure = {
  value: (k: KeyFigures) => number | null;
  /** Whether a month holds any data for this figure, to tell a partial base from a small one. */
  present: (p: MonthPoint) => boolean;
  unit: 'percent' | 'points';
  lowerIsBetter?: boolean;
};

const hoursOf = (p: MonthPoint) => p.structural + p.placements + p.adhoc;

const figures: Record<FigureKey, Figure> = {
  revenue: {
    value: (k) => k.revenueCents,
    present: (p) => p.placementCents + p.otherIncomeCents !== 0,
    unit: 'percent',
  },
  value: { value: (k) => k.valueCents, present: (p) => p.valueCents !== 0, unit: 'percent' },
  hours: { value: (k) => k.hours.total, present: (p) => hoursOf(p) > 0, unit: 'percent' },
  utilisation: { value: (k) => k.utilisation, present: (p) => hoursOf(p) > 0, unit: 'points' },
  requests: { value: (k) => k.requests.done, present: (p) => p.done + p.declined + p.deferred > 0, unit: 'percent' },
  median: {
    value: (k) => k.requests.medianDaysToDone,
    present: (p) => p.done > 0,
    unit: 'percent',
    lowerIsBetter: true,
  },
  satisfaction: { value: (k) => k.requests.averageSatisfaction, present: (p) => p.done > 0, unit: 'percent' },
};

type Side = { value: number | null; monthsWithData: number };

export function compareFigure(
  figure: Pick<Figure, 'unit' | 'lowerIsBetter'>,
  current: Side,
  previous: Side,
  months: number,
  status: PeriodStatus,
): Comparison {
  if (status === 'forecast') return { kind: 'none', reason: 'forecast' };
  if (current.value === null) return { kind: 'none', reason: 'noValue' };
  if (previous.value === null || previous.value === 0 || previous.monthsWithData === 0)
    return { kind: 'none', reason: 'emptyBase' };
  if (previous.monthsWithData < current.monthsWithData)
    return { kind: 'none', reason: 'partialBase', monthsWithData: previous.monthsWithData, months };
  const delta =
    figure.unit === 'points'
      ? current.value - previous.value
      : (current.value - previous.value) / Math.abs(previous.value);
  const better = figure.lowerIsBetter ? delta < 0 : delta > 0;
  const tone = status !== 'closed' || delta === 0 ? 'neutral' : better ? 'good' : 'bad';
  return { kind: 'change', unit: figure.unit, delta, tone };
}

export type PeriodComparison = {
  status: PeriodStatus;
  current: KeyFigures;
  previous: KeyFigures;
  comparisons: Record<FigureKey, Comparison>;
};

/** Where the figures come from: as computed now, or (shared/closing) as reported for closed months. */
export type FigureSources = { keyFigures: typeof compareKeyFigures; series: typeof monthlySeries };
const LIVE: FigureSources = { keyFigures: compareKeyFigures, series: monthlySeries };

/** The key figures of a period beside the period before, each with the change it may honestly show. */
export function comparePeriod(
  workspace: Workspace,
  period: Period,
  today: IsoDate,
  sources: FigureSources = LIVE,
): PeriodComparison {
  const status = periodStatus(period, today);
  const { current, previous } = sources.keyFigures(workspace, period, today);
  const length = monthsOf(period).length;
  const series = sources.series(workspace, [...monthsOf(previousPeriod(period)), ...monthsOf(period)], today);
  const count = (points: MonthPoint[], figure: Figure) => points.filter(figure.present).length;
  const comparisons = Object.fromEntries(
    figureKeys.map((key) => {
      const figure = figures[key];
      const now: Side = { value: figure.value(current), monthsWithData: count(series.slice(length), figure) };
      const before: Side = { value: figure.value(previous), monthsWithData: count(series.slice(0, length), figure) };
      return [key, compareFigure(figure, now, before, length, status)];
    }),
  ) as Record<FigureKey, Comparison>;
  return { status, current, previous, comparisons };
}
