import { describe, expect, it } from 'vitest';
import {
  MAX_RANGE_MONTHS,
  monthsBetween,
  monthsOf,
  nextPeriod,
  periodSchema,
  previousPeriod,
  rangePeriod,
  rangeProblem,
} from './periods.ts';

describe('a chosen range of months', () => {
  it('holds every month from the first to the last, also across a year', () => {
    expect(monthsOf(rangePeriod('2026-03', '2026-08'))).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
    expect(monthsOf(rangePeriod('2025-11', '2026-02'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf(rangePeriod('2026-05', '2026-05'))).toEqual(['2026-05']);
    expect(monthsBetween('2024-01', '2026-12')).toBe(36);
  });

  it('is compared with the range of the same number of months just before it', () => {
    expect(previousPeriod(rangePeriod('2026-03', '2026-08'))).toEqual(rangePeriod('2025-09', '2026-02'));
    expect(previousPeriod(rangePeriod('2026-01', '2026-01'))).toEqual(rangePeriod('2025-12', '2025-12'));
    expect(nextPeriod(rangePeriod('2026-03', '2026-08'))).toEqual(rangePeriod('2026-09', '2027-02'));
  });

  it('refuses a last month before the first, and more than 36 months, with a clear reason', () => {
    expect(rangeProblem('2026-08', '2026-03')).toBe('order');
    expect(rangeProblem('2026-03', undefined)).toBe('order');
    expect(rangeProblem('2024-01', '2026-12')).toBeNull();
    expect(rangeProblem('2023-12', '2026-12')).toBe('tooLong');
    const backwards = periodSchema.safeParse({ kind: 'range', first: '2026-08', last: '2026-03' });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.message).toBe('last: the last month lies before the first');
    const long = periodSchema.safeParse({ kind: 'range', first: '2020-01', last: '2026-12' });
    expect(long.error?.issues[0]?.message).toBe(`last: a range holds at most ${MAX_RANGE_MONTHS} months`);
    expect(periodSchema.safeParse({ kind: 'quarter', first: '2026-10' }).success).toBe(true);
  });
});
