import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWeeks, weekDays, weekKey, weekRange } from './weeks.ts';
import { dayIndex, isoDateOf, mondayIndex, weekKeyOfIndex } from './day-index.ts';

describe('ISO weeks', () => {
  it('names the week of a date the way Dutch calendars do', () => {
    expect(weekKey('2026-11-23')).toBe('2026-W48');
    expect(weekKey('2025-12-29')).toBe('2026-W01');
    expect(weekKey('2027-01-01')).toBe('2026-W53');
    expect(weekKey('2027-01-04')).toBe('2027-W01');
  });

  it('has a week 53 in 2026, from Monday 28 December 2026 to Sunday 3 January 2027', () => {
    expect(weekDays('2026-W53')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('refuses a week 53 in a year that has none', () => {
    expect(() => weekDays('2025-W53')).toThrow(RangeError);
    expect(Number.isNaN(mondayIndex('2025-W53'))).toBe(true);
  });

  it('runs consecutive weeks across a year end, through week 53 only where it exists', () => {
    expect(weekRange('2026-W52', 3)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(weekRange('2025-W52', 2)).toEqual(['2025-W52', '2026-W01']);
    expect(weekRange('2026-W10', 0)).toEqual([]);
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(addWeeks('2027-W01', -1)).toBe('2026-W53');
    expect(addWeeks('2026-W01', 104)).toBe('2027-W52');
  });

  it('does not shift a day in a time zone far from Amsterdam', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Amsterdam']) {
        process.env.TZ = zone;
        expect(weekKey('2026-03-29')).toBe('2026-W13');
        expect(weekDays('2026-W13')[0]).toBe('2026-03-23');
        expect(weekDays('2026-W14')[6]).toBe('2026-04-05');
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('agrees with date-fns in the fast day arithmetic the grid uses', () => {
    const dates = fc.integer({ min: dayIndex('1990-01-01'), max: dayIndex('2100-12-31') }).map(isoDateOf);
    fc.assert(
      fc.property(dates, (date) => {
        const week = weekKey(date);
        expect(weekKeyOfIndex(dayIndex(date))).toBe(week);
        expect(isoDateOf(mondayIndex(week))).toBe(weekDays(week)[0]);
        expect(isoDateOf(dayIndex(date))).toBe(date);
      }),
    );
  });
});
