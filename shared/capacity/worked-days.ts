import type { IsoDate, Leave, Person, Settings } from '../schemas/index.ts';
import { createPersonWeeks, fillAvailability } from './availability.ts';
import { dayIndex, isoDateOf, weekdayOf } from './day-index.ts';
import { makeSpan } from './span.ts';

/**
 * Day by day, how much of a weekly allocation a person actually works, on the same footing as the
 * capacity grid (same contracts, holidays and leave rules), so revenue never disagrees with it:
 *
 *   share(day) = (contract hours that day − leave hours that day) ÷ contract hours of a full week
 *
 * and 0 on a public holiday the organisation gives off, on days the person is not active, and in
 * weeks their contract has no hours at all (nobody works there, so nothing is earned). "Full week"
 * is the week under the contract(s) in force, ignoring start and end dates, exactly as capacity's
 * pro-rata rule. A weekly allocation of H hours is worked as H × share(day) on each day.
 */
export type WorkedShares = {
  from: IsoDate;
  /** Number of days covered: `from` … `from + days − 1`. */
  days: number;
  /** Offset of a date from `from`; may fall outside 0 … days − 1, callers clip. */
  offsetOf(date: IsoDate): number;
  dateAt(offset: number): IsoDate;
  /** The share of each day (indexed by offset). The array is fresh on every call. */
  sharesFor(person: Person, leave: readonly Leave[]): Float64Array;
};

/** Prepares the holidays of the range once, so many people can be laid out over it cheaply. */
export function workedShares(settings: Pick<Settings, 'holidayRules'>, from: IsoDate, to: IsoDate): WorkedShares {
  const first = dayIndex(from);
  const last = Math.max(first, dayIndex(to));
  const monday = first - weekdayOf(first);
  const weeks = Math.floor((last - monday) / 7) + 1;
  const span = makeSpan(settings, monday, weeks);
  const lead = first - monday;
  const days = last - first + 1;
  const pw = createPersonWeeks(span);
  return {
    from,
    days,
    offsetOf: (date) => dayIndex(date) - first,
    dateAt: (offset) => isoDateOf(first + offset),
    sharesFor(person, leave) {
      fillAvailability(span, person, leave, pw);
      const shares = new Float64Array(days);
      for (let i = 0; i < days; i++) {
        const d = lead + i;
        const nominal = pw.nominal[(d / 7) | 0] ?? 0;
        if (nominal <= 0 || span.holidayFlags[d] === 1) continue;
        const worked = (pw.daily[d] ?? 0) - (pw.leaveTaken[d] ?? 0);
        if (worked > 0) shares[i] = worked / nominal;
      }
      return shares;
    },
  };
}
