import Holidays from 'date-holidays';
import HolidaysParser from 'date-holidays-parser';
import { describe, expect, it } from 'vitest';
import { daysOff, dutchHolidays, easterSunday, HOLIDAY_TABLE_YEARS, holidaysFromRules } from './holidays.ts';
import { isoDateOf } from './day-index.ts';
import nlHolidays from './nl-holidays.json' with { type: 'json' };
import { typicalSettings } from './test-fixtures.ts';

describe('Dutch public holidays', () => {
  it('moves Koningsdag 2025 to Saturday 26 April because 27 April is a Sunday', () => {
    expect(dutchHolidays(2025)).toContainEqual({ date: '2025-04-26', key: 'kingsDay' });
    expect(dutchHolidays(2025).some((d) => d.date === '2025-04-27')).toBe(false);
  });

  it('keeps Koningsdag 2026 on Monday 27 April', () => {
    expect(dutchHolidays(2026)).toContainEqual({ date: '2026-04-27', key: 'kingsDay' });
  });

  it('finds the Easter-based days of 2025 and 2026', () => {
    expect(isoDateOf(easterSunday(2025))).toBe('2025-04-20');
    expect(isoDateOf(easterSunday(2026))).toBe('2026-04-05');
    expect(dutchHolidays(2025)).toEqual(
      expect.arrayContaining([
        { date: '2025-04-18', key: 'goodFriday' },
        { date: '2025-04-21', key: 'easterMonday' },
        { date: '2025-05-29', key: 'ascensionDay' },
        { date: '2025-06-09', key: 'whitMonday' },
      ]),
    );
  });

  it('gives no day off for Sundays, observances or Oudejaarsavond', () => {
    const dates = dutchHolidays(2026).map((d) => d.date);
    expect(dates).not.toContain('2026-04-05'); // Eerste paasdag
    expect(dates).not.toContain('2026-05-04'); // Dodenherdenking
    expect(dates).not.toContain('2026-12-31');
    expect(dutchHolidays(2026)).toHaveLength(9);
  });

  it('gives only the holidays the organisation grants', () => {
    const off = daysOff(typicalSettings, 2026, 2026);
    expect(off.has('2026-12-25')).toBe(true);
    expect(off.has('2026-04-03')).toBe(false); // Goede Vrijdag not granted
    const withGoodFriday = daysOff(
      { holidayRules: [{ from: '1900-01-01', holidaysOff: ['goodFriday'], liberationDay: 'lustrum' }] },
      2026,
      2026,
    );
    expect([...withGoodFriday]).toEqual([['2026-04-03', 'goodFriday']]);
  });

  it('applies the Bevrijdingsdag rule: always, every lustrum year, or never', () => {
    const off = (liberationDay: 'always' | 'lustrum' | 'never', year: number) =>
      daysOff({ holidayRules: [{ from: '1900-01-01', holidaysOff: [], liberationDay }] }, year, year).has(
        `${year}-05-05`,
      );
    expect(off('always', 2026)).toBe(true);
    expect(off('lustrum', 2025)).toBe(true);
    expect(off('lustrum', 2026)).toBe(false);
    expect(off('lustrum', 2030)).toBe(true);
    expect(off('never', 2025)).toBe(false);
  });

  it('covers every year of a range', () => {
    const off = daysOff(typicalSettings, 2025, 2027);
    expect(off.get('2025-04-26')).toBe('kingsDay');
    expect(off.get('2027-01-01')).toBe('newYear');
  });

  it('has, from the Netherlands-only data, the same days as date-holidays with every country loaded (1990–2060)', () => {
    const full = new Holidays('NL');
    const nlOnly = new HolidaysParser(nlHolidays, 'NL');
    const days = (calendar: HolidaysParser, year: number) =>
      calendar.getHolidays(year).map((h) => `${h.date} ${h.type} ${h.name}`);
    for (let year = 1990; year <= 2060; year++) expect(days(nlOnly, year)).toEqual(days(full, year));
  });

  it('has written out, for every year of its table, exactly the days the rules give (rerun scripts/nl-holiday-data.ts after an upgrade)', () => {
    expect(HOLIDAY_TABLE_YEARS[0]).toBeLessThanOrEqual(2000);
    expect(HOLIDAY_TABLE_YEARS.at(-1)).toBeGreaterThanOrEqual(2075);
    for (const year of HOLIDAY_TABLE_YEARS) expect(dutchHolidays(year)).toEqual(holidaysFromRules(year));
  });

  it('works out a year beyond the table from the rules: Koningsdag 2101 on Wednesday 27 April, Easter Monday 18 April', () => {
    const days = dutchHolidays(2101);
    expect(days).toContainEqual({ date: '2101-04-27', key: 'kingsDay' });
    expect(days).toContainEqual({ date: '2101-04-18', key: 'easterMonday' });
  });
});
