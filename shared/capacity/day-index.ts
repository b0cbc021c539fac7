import type { IsoDate, IsoWeek } from '../schemas/index.ts';

/*
 * The grid works on whole days as integers (days since 1970-01-01) so the hot loops never touch
 * Date objects or date-fns. Pure calendar arithmetic (and UTC where a Date is unavoidable) keeps
 * it free of the machine's time zone and daylight-saving jumps: the numbers label local calendar
 * dates, not instants.
 */

const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). */
export function dayIndexOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Reads the digits directly: this runs for every allocation, and slicing strings showed up in profiles. */
export function dayIndex(date: IsoDate): number {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  return dayIndexOf(year, digit(date, 5) * 10 + digit(date, 6), digit(date, 8) * 10 + digit(date, 9));
}

export function isoDateOf(index: number): IsoDate {
  return new Date(index * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6, the order of `weekdayKeys`. 1970-01-01 was a Thursday. */
export function weekdayOf(index: number): number {
  return (((index + 3) % 7) + 7) % 7;
}

const CACHED_FROM_YEAR = 1900;
const firstMondays = new Float64Array(400).fill(Number.NaN);

/** Day index of the Monday of ISO week 1: the week holding 4 January. Cached: every week key needs it. */
function firstIsoMonday(isoYear: number): number {
  const slot = isoYear - CACHED_FROM_YEAR;
  const cached = firstMondays[slot];
  if (cached !== undefined && !Number.isNaN(cached)) return cached;
  const jan4 = dayIndexOf(isoYear, 1, 4);
  const monday = jan4 - weekdayOf(jan4);
  if (slot >= 0 && slot < firstMondays.length) firstMondays[slot] = monday;
  return monday;
}

/**
 * Day index of the week's Monday, or NaN when the key names no real week (such as 2025-W53):
 * stored data may hold such a key, and it must then match no week rather than the next one.
 * Parsed by hand because every assignment and exception goes through here.
 */
export function mondayIndex(week: IsoWeek): number {
  if (week.length !== 8 || week.charCodeAt(5) !== 87 /* W */) return Number.NaN;
  const year = digit(week, 0) * 1000 + digit(week, 1) * 100 + digit(week, 2) * 10 + digit(week, 3);
  const n = digit(week, 6) * 10 + digit(week, 7);
  const monday = firstIsoMonday(year) + (n - 1) * 7;
  // Only week 53 can overflow into the next year, so only it pays for the check.
  if (n < 1 || n > 53 || (n === 53 && monday >= firstIsoMonday(year + 1))) return Number.NaN;
  return monday;
}

export function weekKeyOfIndex(index: number): IsoWeek {
  // The ISO year of a week is the calendar year of its Thursday.
  const thursday = index - weekdayOf(index) + 3;
  const year = Number(isoDateOf(thursday).slice(0, 4));
  const n = Math.floor((thursday - firstIsoMonday(year)) / 7) + 1;
  return `${year}-W${String(n).padStart(2, '0')}`;
}
