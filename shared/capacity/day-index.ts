import type { IsoDate, IsoWeek } from '../schemas/index.ts';

/*
 * The grid works on whole days as integers (days since 1970-01-01) so the hot loops never touch
 * Date objects or date-fns. Pure calendar arithmetic, with no Date anywhere, keeps it free of the
 * machine's time zone and daylight-saving jumps: the numbers label local calendar dates, not
 * instants.
 */

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

/**
 * The date of a day index as one number, year × 10,000 + month × 100 + day (Hinnant's
 * civil_from_days): no Date object and no array for each of the many dates a calendar view names.
 */
function civilOf(index: number): number {
  if (!Number.isFinite(index)) throw new RangeError(`Not a day: ${index}`);
  const z = index + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 10_000 + month * 100 + day;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDateOf(index: number): IsoDate {
  const civil = civilOf(index);
  const year = Math.floor(civil / 10_000);
  return `${String(year).padStart(4, '0')}-${two(Math.floor(civil / 100) % 100)}-${two(civil % 100)}`;
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
  const year = Math.floor(civilOf(thursday) / 10_000);
  const n = Math.floor((thursday - firstIsoMonday(year)) / 7) + 1;
  return `${year}-W${two(n)}`;
}
