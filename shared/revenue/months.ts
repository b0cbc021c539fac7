import type { IsoDate, Month } from '../schemas/index.ts';

/*
 * Months are `YYYY-MM` strings: they sort and compare as text, so "before the current month" is a
 * plain string comparison and no time zone can move a month boundary.
 */

export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

export function firstDayOf(month: Month): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: Month): IsoDate {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  // Day 0 of the next month is the last day of this one; UTC so the machine's zone plays no part.
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

export function addMonths(month: Month, n: number): Month {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `count` consecutive months starting at `first`. */
export function monthRange(first: Month, count: number): Month[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => addMonths(first, i));
}

/** Every month from `first` to `last`, both included; empty when `last` comes first. */
export function monthsFromTo(first: Month, last: Month): Month[] {
  const index = (m: Month) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return monthRange(first, index(last) - index(first) + 1);
}

export function monthsOfYear(year: number): Month[] {
  return monthRange(`${String(year).padStart(4, '0')}-01`, 12);
}

/** A month is closed (its realised figures are final) once today lies in a later month. */
export function isClosedMonth(month: Month, today: IsoDate): boolean {
  return month < monthOf(today);
}
