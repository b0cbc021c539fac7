import { z } from 'zod';
import { monthSchema, type Month } from '../schemas/index.ts';

/**
 * Reporting is per calendar month (revenue, closed months and the overview are monthly), so a
 * chosen range runs from a first to a last whole month.
 */
export const MAX_RANGE_MONTHS = 36;

export const periodKindSchema = z.enum(['month', 'quarter', 'year', 'range']);
export const periodSchema = z
  .object({ kind: periodKindSchema, first: monthSchema, last: monthSchema.optional() })
  .superRefine((period, ctx) => {
    if (period.kind !== 'range') return;
    const problem = rangeProblem(period.first, period.last);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: ['last'],
        message:
          problem === 'order'
            ? 'last: the last month lies before the first'
            : `last: a range holds at most ${MAX_RANGE_MONTHS} months`,
      });
  });
export type Period = z.infer<typeof periodSchema>;
export type PeriodKind = z.infer<typeof periodKindSchema>;

const lengths = { month: 1, quarter: 3, year: 12 } as const;

export function shiftMonth(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `first` to `last`, both included (negative when `last` lies before `first`). */
export function monthsBetween(first: Month, last: Month): number {
  const index = (month: Month) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return y * 12 + m - 1;
  };
  return index(last) - index(first) + 1;
}

/** Why a range cannot be shown, or null when it can: the user sees this as the picker's error. */
export function rangeProblem(first: Month, last: Month | undefined): 'order' | 'tooLong' | null {
  if (last === undefined || monthsBetween(first, last) < 1) return 'order';
  return monthsBetween(first, last) > MAX_RANGE_MONTHS ? 'tooLong' : null;
}

/** A range of whole months; the caller has checked it with `rangeProblem`. */
export function rangePeriod(first: Month, last: Month): Period {
  return { kind: 'range', first, last };
}

function lengthOf(period: Period): number {
  return period.kind === 'range' ? monthsBetween(period.first, period.last ?? period.first) : lengths[period.kind];
}

/** The period of a kind that contains `month`: its calendar month, quarter or year (a range becomes that one month). */
export function periodContaining(kind: PeriodKind, month: Month): Period {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (kind === 'month') return { kind, first: month };
  if (kind === 'range') return { kind, first: month, last: month };
  if (kind === 'year') return { kind, first: `${y}-01` };
  return { kind, first: `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}` };
}

export function monthsOf(period: Period): Month[] {
  return Array.from({ length: lengthOf(period) }, (_, i) => shiftMonth(period.first, i));
}

function shifted(period: Period, n: number): Period {
  const first = shiftMonth(period.first, n);
  return period.kind === 'range'
    ? { kind: 'range', first, last: shiftMonth(first, lengthOf(period) - 1) }
    : { kind: period.kind, first };
}

/** The period just before, of the same length: what each key figure is compared with. */
export function previousPeriod(period: Period): Period {
  return shifted(period, -lengthOf(period));
}

export function nextPeriod(period: Period): Period {
  return shifted(period, lengthOf(period));
}
