import HolidaysParser from 'date-holidays-parser';
import { holidayKeySchema, type HolidayKey, type IsoDate, type Settings } from '../schemas/index.ts';
import { holidayRuleOn } from '../settings/dated.ts';
import { dayIndex, dayIndexOf, weekdayOf } from './day-index.ts';
import nlHolidayDays from './nl-holiday-days.json' with { type: 'json' };
import nlHolidays from './nl-holidays.json' with { type: 'json' };

export type HolidayDay = { date: IsoDate; key: HolidayKey };

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher) as a day index. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayIndexOf(year, month, day);
}

/**
 * Koningsdag is 27 April, but moves to Saturday 26 April when the 27th is a Sunday (2025, 2031).
 * Before 2014 it was Koninginnedag on 30 April, likewise moved to the 29th off a Sunday.
 */
function kingsDay(year: number): number {
  const nominal = dayIndexOf(year, 4, year >= 2014 ? 27 : 30);
  return weekdayOf(nominal) === 6 ? nominal - 1 : nominal;
}

/**
 * Our key for a date by its calendar rule. Matching dates rather than date-holidays' names keeps
 * this independent of the library's language and spelling.
 */
function keyForDate(year: number, index: number): HolidayKey | null {
  const easter = easterSunday(year);
  const fixed: [number, HolidayKey][] = [
    [dayIndexOf(year, 1, 1), 'newYear'],
    [easter - 2, 'goodFriday'],
    [easter + 1, 'easterMonday'],
    [kingsDay(year), 'kingsDay'],
    [dayIndexOf(year, 5, 5), 'liberationDay'],
    [easter + 39, 'ascensionDay'],
    [easter + 50, 'whitMonday'],
    [dayIndexOf(year, 12, 25), 'christmasDay'],
    [dayIndexOf(year, 12, 26), 'boxingDay'],
  ];
  return fixed.find(([day]) => day === index)?.[1] ?? null;
}

/*
 * date-holidays files Goede Vrijdag and Bevrijdingsdag under 'school', not 'public': by law they
 * are no general day off, the collective agreement decides, which is exactly what `holidaysOff`
 * and `liberationDay` in Settings express. So 'school' entries are candidates too; 'observance',
 * 'optional' and 'bank' (Oudejaarsavond) never are, and only dates matching one of our keys count.
 */
const candidateTypes = new Set(['public', 'school']);

let calendar: HolidaysParser | null = null;

/*
 * date-holidays' own engine with the Netherlands' rules only (see scripts/nl-holiday-data.ts), not
 * every country's. Without a time zone the parser keeps to plain local dates and never asks
 * moment-timezone for zone data, which is why the renderer build can leave that data out.
 */
function nlCalendar(): HolidaysParser {
  const parser = new HolidaysParser(nlHolidays, 'NL');
  parser.setTimezone('');
  return parser;
}

/** One year's candidate days as date-holidays' rules give them: slow (13–19 ms for the first three years). */
export function holidaysFromRules(year: number): HolidayDay[] {
  calendar ??= nlCalendar();
  const days: HolidayDay[] = [];
  for (const entry of calendar.getHolidays(year)) {
    if (!candidateTypes.has(entry.type)) continue;
    // `entry.date` is the local date in the Netherlands; `entry.start` is an instant and would
    // shift with the machine's time zone.
    const date = entry.date.slice(0, 10);
    const key = keyForDate(year, dayIndex(date));
    if (key && !days.some((d) => d.key === key)) days.push({ date, key });
  }
  return days;
}

/*
 * The same rules' answers written out ahead for the years a grid is likely to show, so a start
 * does not spend its first frame in date-holidays; holidays.test.ts holds the table to the rules.
 */
function fromTable(year: number): HolidayDay[] | null {
  const days = (nlHolidayDays as Record<string, string[] | undefined>)[String(year)];
  if (!days) return null;
  return days.map((day) => {
    const [monthDay = '', key = ''] = day.split(' ');
    return { date: `${year}-${monthDay}`, key: holidayKeySchema.parse(key) };
  });
}

/** The years written out in nl-holiday-days.json; others are worked out from the rules when asked. */
export const HOLIDAY_TABLE_YEARS: readonly number[] = Array.from({ length: 2075 - 2000 + 1 }, (_, i) => 2000 + i);

const perYear = new Map<number, readonly HolidayDay[]>();

/** Dutch holidays of one year that an organisation may give off; memoised. */
export function dutchHolidays(year: number): readonly HolidayDay[] {
  const known = perYear.get(year);
  if (known) return known;
  const frozen = Object.freeze(fromTable(year) ?? holidaysFromRules(year));
  perYear.set(year, frozen);
  return frozen;
}

/** Whether a holiday is a day off by the rule in force on that day (a dated setting). */
function givesOff(settings: Pick<Settings, 'holidayRules'>, day: HolidayDay, year: number): boolean {
  const rule = holidayRuleOn(settings, day.date);
  // The liberationDay rule alone decides Bevrijdingsdag, so 'never' cannot be contradicted by a
  // stray 'liberationDay' in holidaysOff.
  if (day.key === 'liberationDay') {
    return rule.liberationDay === 'always' || (rule.liberationDay === 'lustrum' && year % 5 === 0);
  }
  return rule.holidaysOff.includes(day.key);
}

/**
 * The days the organisation gives off from 1 January of `fromYear` to 31 December of `toYear`,
 * keyed by date; `.has(date)` is the set test.
 */
export function daysOff(
  settings: Pick<Settings, 'holidayRules'>,
  fromYear: number,
  toYear: number,
): ReadonlyMap<IsoDate, HolidayKey> {
  const result = new Map<IsoDate, HolidayKey>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const day of dutchHolidays(year)) {
      if (givesOff(settings, day, year)) result.set(day.date, day.key);
    }
  }
  return result;
}
