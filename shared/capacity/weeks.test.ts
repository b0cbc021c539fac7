import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWeeks, weekDays, weekKey, weekRange } from './weeks.ts';
import {
  addDays,
  addWeeks as addCalendarWeeks,
  format,
  getISOWeek,
  getISOWeekYear,
  parseISO,
  startOfISOWeek,
} from 'date-fns';
import { dayIndex, isoDateOf, mondayIndex } from './day-index.ts';

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

  it('refuses what is not a week or a date instead of naming a made-up one', () => {
    expect(() => weekDays('2026-48')).toThrow(RangeError);
    expect(() => weekRange('2026-W00', 2)).toThrow(RangeError);
    expect(() => weekKey('23-11-2026')).toThrow(RangeError);
  });

  // date-fns, on local Date objects, is the independent reader of the day arithmetic these run on.
  it('agrees with date-fns on every week key, week day and week step from 1990 to 2100', () => {
    const dates = fc.integer({ min: dayIndex('1990-01-01'), max: dayIndex('2100-12-31') }).map(isoDateOf);
    const fnsWeek = (day: Date) => `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
    fc.assert(
      fc.property(dates, fc.integer({ min: -60, max: 60 }), (date, step) => {
        const day = parseISO(date);
        expect(format(day, 'yyyy-MM-dd')).toBe(date);
        const week = weekKey(date);
        expect(week).toBe(fnsWeek(day));
        const monday = startOfISOWeek(day);
        expect(weekDays(week)).toEqual(Array.from({ length: 7 }, (_, i) => format(addDays(monday, i), 'yyyy-MM-dd')));
        expect(addWeeks(week, step)).toBe(fnsWeek(addCalendarWeeks(monday, step)));
        expect(weekRange(week, 3)).toEqual([0, 1, 2].map((i) => fnsWeek(addCalendarWeeks(monday, i))));
        expect(isoDateOf(mondayIndex(week))).toBe(format(monday, 'yyyy-MM-dd'));
      }),
    );
  });

  it('writes every day index back as the date it was read from, before 1970 too', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayIndex('0001-01-01'), max: dayIndex('9999-12-31') }), (index) => {
        const date = isoDateOf(index);
        expect(date).toBe(new Date(index * 86_400_000).toISOString().slice(0, 10));
        expect(dayIndex(date)).toBe(index);
      }),
    );
  });
});
