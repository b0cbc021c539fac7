import { describe, expect, it } from 'vitest';
import { addMonths, isClosedMonth, lastDayOf, monthsFromTo, monthsOfYear } from './months.ts';
import { rateOn, withRateFrom } from './rates.ts';

describe('months', () => {
  it('knows month ends, leap years included, and steps across year ends', () => {
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthsFromTo('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsFromTo('2027-02', '2026-11')).toEqual([]);
    expect(monthsOfYear(2026)).toHaveLength(12);
  });

  it('closes a month once today lies in a later one', () => {
    expect(isClosedMonth('2026-10', '2026-11-01')).toBe(true);
    expect(isClosedMonth('2026-11', '2026-11-30')).toBe(false);
  });
});

describe('rate steps', () => {
  const rates = [
    { from: '2026-01-01', cents: 6000 },
    { from: '2026-07-01', cents: 6500 },
  ];

  it('takes the latest step on or before the day, and the first step before any', () => {
    expect(rateOn(rates, '2026-06-30')).toBe(6000);
    expect(rateOn(rates, '2026-07-01')).toBe(6500);
    expect(rateOn(rates, '2025-12-01')).toBe(6000);
  });

  it('a new rate from a date keeps earlier steps and replaces later ones', () => {
    expect(withRateFrom(rates, '2026-12-01', 7000)).toEqual([...rates, { from: '2026-12-01', cents: 7000 }]);
    expect(withRateFrom(rates, '2026-03-01', 6200)).toEqual([rates[0], { from: '2026-03-01', cents: 6200 }]);
    expect(withRateFrom(rates, '2026-01-01', 5000)).toEqual([{ from: '2026-01-01', cents: 5000 }]);
  });
});
