import type { IsoDate, IsoWeek } from '../schemas/index.ts';
import { dayIndex, isoDateOf, mondayIndex, weekKeyOfIndex } from './day-index.ts';

/*
 * ISO weeks on day numbers (day-index.ts), as the grid computes them: every page names weeks and
 * their days, and through date-fns one week's seven dates cost 40–80 µs (a Date, a parse and a
 * format per day), a few milliseconds of the first screen's month band alone.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_WEEK = /^\d{4}-W\d{2}$/;

export function weekKey(date: IsoDate): IsoWeek {
  if (!ISO_DATE.test(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return weekKeyOfIndex(dayIndex(date));
}

function mondayOf(week: IsoWeek): number {
  if (!ISO_WEEK.test(week)) throw new RangeError(`Not an ISO week: ${week}`);
  const monday = mondayIndex(week);
  if (Number.isNaN(monday)) throw new RangeError(`No such ISO week: ${week}`);
  return monday;
}

/** The seven dates of the week, Monday to Sunday. */
export function weekDays(week: IsoWeek): IsoDate[] {
  const monday = mondayOf(week);
  return Array.from({ length: 7 }, (_, i) => isoDateOf(monday + i));
}

export function addWeeks(week: IsoWeek, n: number): IsoWeek {
  return weekKeyOfIndex(mondayOf(week) + 7 * n);
}

/** `count` consecutive weeks starting at `start`, crossing year ends and week 53 where it exists. */
export function weekRange(start: IsoWeek, count: number): IsoWeek[] {
  const monday = mondayOf(start);
  return Array.from({ length: Math.max(0, count) }, (_, i) => weekKeyOfIndex(monday + 7 * i));
}
