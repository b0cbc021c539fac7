import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../demo/settings.ts';
import type { RecurrenceRule } from '../schemas/index.ts';
import { occurrencesBetween } from './recurrence.ts';

const settings = defaultSettings();
const monthly = (day: number, start: string, until: string | null = null): RecurrenceRule => ({
  kind: 'monthly',
  day,
  start,
  until,
});
const dates = (rule: RecurrenceRule, from: string, to: string, s = settings) =>
  occurrencesBetween(rule, s, from, to).map((o) => o.date);

describe('occurrence dates', () => {
  it('a monthly series on the 27th crosses the year end and Koningsdag on working days', () => {
    expect(dates(monthly(27, '2026-11-01'), '2026-11-01', '2027-05-31')).toEqual([
      '2026-11-27', // Friday
      '2026-12-28', // the 27th is a Sunday
      '2027-01-27', // Wednesday
      '2027-03-01', // Saturday 27 February
      '2027-03-30', // Saturday 27 March, then Easter Sunday and Easter Monday
      '2027-04-28', // Tuesday 27 April is Koningsdag
      '2027-05-27', // Thursday
    ]);
  });

  it('keeps Koningsdag when the organisation does not give it off', () => {
    const working = { ...settings, holidayRules: [{ ...settings.holidayRules[0]!, holidaysOff: [] }] };
    expect(dates(monthly(27, '2027-04-01'), '2027-04-01', '2027-04-30', working)).toEqual(['2027-04-27']);
  });

  it('clamps a day past the month end to its last day, and says what the rule said', () => {
    const result = occurrencesBetween(monthly(31, '2028-01-01'), settings, '2028-01-01', '2028-05-10');
    expect(result).toEqual([
      { nominal: '2028-01-31', date: '2028-01-31' },
      { nominal: '2028-02-29', date: '2028-02-29' }, // a leap year
      { nominal: '2028-03-31', date: '2028-03-31' },
      { nominal: '2028-04-30', date: '2028-05-01' }, // a Sunday
    ]);
    expect(dates(monthly(31, '2027-02-01'), '2027-02-01', '2027-02-28')).toEqual([]);
    expect(occurrencesBetween(monthly(31, '2027-02-01'), settings, '2027-02-01', '2027-03-01')[0]?.nominal).toBe(
      '2027-02-28',
    );
  });

  it('repeats every two weeks on the start weekday, moving Christmas to the next working day', () => {
    const rule: RecurrenceRule = { kind: 'weekly', interval: 2, start: '2026-12-11', until: null };
    expect(dates(rule, '2026-12-01', '2027-01-31')).toEqual(['2026-12-11', '2026-12-28', '2027-01-08', '2027-01-22']);
  });

  it('stops at the end date and starts no earlier than the start', () => {
    const rule: RecurrenceRule = { kind: 'weekly', interval: 1, start: '2026-11-25', until: '2026-12-09' };
    expect(dates(rule, '2026-11-01', '2027-03-01')).toEqual(['2026-11-25', '2026-12-02', '2026-12-09']);
    expect(dates(monthly(20, '2026-11-25'), '2026-11-01', '2026-12-31')).toEqual(['2026-12-21']);
  });
});
