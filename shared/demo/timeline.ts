import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  format,
  getISOWeek,
  getISOWeekYear,
  lastDayOfMonth,
  parseISO,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import type { IsoDate, IsoWeek, Month } from '../schemas/index.ts';

/**
 * The generator works in whole-day numbers counted from a Monday (day 0) and turns
 * them into strings only at the end: integer arithmetic is fast for 50,000 records,
 * and calendar days never shift an hour at a daylight-saving change the way
 * millisecond arithmetic would. Day 0 being a Monday makes `day % 7` the weekday.
 */
export type Timeline = {
  /** Day numbers of today and of the first and last day of the generated window. */
  readonly today: number;
  readonly start: number;
  readonly end: number;
  /** Number of ISO weeks the window covers, plus slack for deadlines after its end. */
  readonly weeks: number;
  iso(day: number): IsoDate;
  /** 0 = Monday … 6 = Sunday. */
  weekday(day: number): number;
  week(day: number): number;
  weekKey(week: number): IsoWeek;
  month(day: number): Month;
  monthStart(day: number): number;
  monthEnd(day: number): number;
  addMonths(day: number, months: number): number;
  dayOfDate(year: number, monthIndex: number, date: number): number;
  year(day: number): number;
};

/** Weeks of slack after the window so a deadline a few weeks out still has a week number. */
const SLACK_WEEKS = 12;

export function createTimeline(today: IsoDate, monthsBack: number, monthsAhead: number): Timeline {
  const todayDate = parseISO(today);
  const startDate = addMonths(todayDate, -monthsBack);
  const origin = startOfISOWeek(startDate);
  const dayOf = (date: Date): number => differenceInCalendarDays(date, origin);
  const dateOf = (day: number): Date => addDays(origin, day);

  const end = dayOf(addMonths(todayDate, monthsAhead));
  const weeks = Math.floor(end / 7) + 1 + SLACK_WEEKS;

  const isoCache: string[] = [];
  for (let day = 0; day < weeks * 7; day++) isoCache.push(format(dateOf(day), 'yyyy-MM-dd'));

  const weekKeys: string[] = [];
  for (let week = 0; week < weeks; week++) {
    // The Thursday decides the ISO year, so late-December days land in week 1 of the next year.
    const thursday = dateOf(week * 7 + 3);
    weekKeys.push(`${getISOWeekYear(thursday)}-W${String(getISOWeek(thursday)).padStart(2, '0')}`);
  }

  const dateCache = new Map<number, number>();
  const iso = (day: number): IsoDate => isoCache[day] ?? format(dateOf(day), 'yyyy-MM-dd');

  return {
    today: dayOf(todayDate),
    start: dayOf(startDate),
    end,
    weeks,
    iso,
    weekday: (day) => ((day % 7) + 7) % 7,
    week: (day) => Math.floor(day / 7),
    weekKey: (week) => {
      const key = weekKeys[week];
      if (key !== undefined) return key;
      const thursday = dateOf(week * 7 + 3);
      return `${getISOWeekYear(thursday)}-W${String(getISOWeek(thursday)).padStart(2, '0')}`;
    },
    month: (day) => iso(day).slice(0, 7),
    monthStart: (day) => dayOf(startOfMonth(dateOf(day))),
    monthEnd: (day) => dayOf(lastDayOfMonth(dateOf(day))),
    addMonths: (day, months) => dayOf(addMonths(dateOf(day), months)),
    dayOfDate: (year, monthIndex, date) => {
      // Leave asks for the same few dates (1 July, Christmas) for every person, so remember them.
      const key = year * 10_000 + monthIndex * 100 + date;
      let day = dateCache.get(key);
      if (day === undefined) {
        day = dayOf(new Date(year, monthIndex, date));
        dateCache.set(key, day);
      }
      return day;
    },
    year: (day) => Number(iso(day).slice(0, 4)),
  };
}
