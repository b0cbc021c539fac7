import { getDaysInMonth } from 'date-fns';
import { daysOff } from '../capacity/holidays.ts';
import { dayIndex, dayIndexOf, isoDateOf, weekdayOf } from '../capacity/day-index.ts';
import type { IsoDate, RecurrenceRule, Settings } from '../schemas/index.ts';

/** One planned date: `date` is when it is due, `nominal` what the rule says (they differ when that is a day off). */
export type Occurrence = { date: IsoDate; nominal: IsoDate };

/** How far a rule is followed at most; a series is planned weeks ahead, never years. */
const MAX_OCCURRENCES = 1000;

/** The rule's own dates in order, from its start, before any move off a day off. */
function* nominalDays(rule: RecurrenceRule): Generator<number> {
  const start = dayIndex(rule.start);
  if (rule.kind === 'weekly') {
    for (let k = 0; k < MAX_OCCURRENCES; k++) yield start + k * 7 * rule.interval;
    return;
  }
  let year = Number(rule.start.slice(0, 4));
  let month = Number(rule.start.slice(5, 7));
  for (let k = 0; k < MAX_OCCURRENCES; k++) {
    const day = dayIndexOf(year, month, Math.min(rule.day, getDaysInMonth(new Date(year, month - 1, 1))));
    if (day >= start) yield day;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The occurrences of a rule, in order, while `keepGoing` says so. A date on a weekend or on a
 * holiday the organisation gives off (the dated holiday rule in settings, so Koningsdag counts
 * when it is given off) moves to the next working day: the work is due when someone is there.
 */
export function occurrences(
  rule: RecurrenceRule,
  settings: Pick<Settings, 'holidayRules'>,
  keepGoing: (next: Occurrence, count: number) => boolean,
): Occurrence[] {
  const result: Occurrence[] = [];
  const until = rule.until === null ? Number.POSITIVE_INFINITY : dayIndex(rule.until);
  let off: ReadonlyMap<IsoDate, unknown> = new Map();
  let offYears = [0, -1];
  for (const nominal of nominalDays(rule)) {
    if (nominal > until) break;
    let day = nominal;
    for (;;) {
      const date = isoDateOf(day);
      const year = Number(date.slice(0, 4));
      if (year < offYears[0]! || year > offYears[1]!) {
        offYears = [year, year + 1];
        off = daysOff(settings, year, year + 1);
      }
      if (weekdayOf(day) < 5 && !off.has(date)) break;
      day += 1;
    }
    const next = { date: isoDateOf(day), nominal: isoDateOf(nominal) };
    if (!keepGoing(next, result.length)) break;
    result.push(next);
  }
  return result;
}

/** The occurrences falling from `from` to `to` (inclusive). */
export function occurrencesBetween(
  rule: RecurrenceRule,
  settings: Pick<Settings, 'holidayRules'>,
  from: IsoDate,
  to: IsoDate,
): Occurrence[] {
  return occurrences(rule, settings, (next) => next.date <= to).filter((o) => o.date >= from);
}
