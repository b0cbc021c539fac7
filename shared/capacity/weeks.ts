import {
  addDays,
  addWeeks as addCalendarWeeks,
  format,
  getISOWeek,
  getISOWeekYear,
  parseISO,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';
import type { IsoDate, IsoWeek } from '../schemas/index.ts';

// parseISO reads a bare `YYYY-MM-DD` as a local date; `new Date('YYYY-MM-DD')` would read it as UTC
// and shift the day west of Greenwich.
const DATE_FORMAT = 'yyyy-MM-dd';

export function weekKey(date: IsoDate): IsoWeek {
  const day = parseISO(date);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

function mondayOf(week: IsoWeek): Date {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new RangeError(`Not an ISO week: ${week}`);
  // 4 January always lies in ISO week 1 of its year.
  const monday = startOfISOWeek(setISOWeek(new Date(Number(match[1]), 0, 4), Number(match[2])));
  if (weekKey(format(monday, DATE_FORMAT)) !== week) throw new RangeError(`No such ISO week: ${week}`);
  return monday;
}

/** The seven dates of the week, Monday to Sunday. */
export function weekDays(week: IsoWeek): IsoDate[] {
  const monday = mondayOf(week);
  return Array.from({ length: 7 }, (_, i) => format(addDays(monday, i), DATE_FORMAT));
}

export function addWeeks(week: IsoWeek, n: number): IsoWeek {
  return weekKey(format(addCalendarWeeks(mondayOf(week), n), DATE_FORMAT));
}

/** `count` consecutive weeks starting at `start`, crossing year ends and week 53 where it exists. */
export function weekRange(start: IsoWeek, count: number): IsoWeek[] {
  const monday = mondayOf(start);
  return Array.from({ length: Math.max(0, count) }, (_, i) =>
    weekKey(format(addCalendarWeeks(monday, i), DATE_FORMAT)),
  );
}
