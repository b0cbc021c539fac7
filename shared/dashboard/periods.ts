import { z } from 'zod';
import { monthSchema, type Month } from '../schemas/index.ts';

export const periodKindSchema = z.enum(['month', 'quarter', 'year']);
export const periodSchema = z.object({ kind: periodKindSchema, first: monthSchema });
export type Period = z.infer<typeof periodSchema>;

const lengths = { month: 1, quarter: 3, year: 12 } as const;

export function shiftMonth(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The period of a kind that contains `month`: its calendar month, quarter or year. */
export function periodContaining(kind: Period['kind'], month: Month): Period {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (kind === 'month') return { kind, first: month };
  if (kind === 'year') return { kind, first: `${y}-01` };
  return { kind, first: `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}` };
}

export function monthsOf(period: Period): Month[] {
  return Array.from({ length: lengths[period.kind] }, (_, i) => shiftMonth(period.first, i));
}

/** The period just before, of the same length: what each key figure is compared with. */
export function previousPeriod(period: Period): Period {
  return { kind: period.kind, first: shiftMonth(period.first, -lengths[period.kind]) };
}

export function nextPeriod(period: Period): Period {
  return { kind: period.kind, first: shiftMonth(period.first, lengths[period.kind]) };
}
