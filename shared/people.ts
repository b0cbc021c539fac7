import { format, nextMonday as nextMondayOf, parseISO, subDays } from 'date-fns';
import {
  weekdayKeys,
  type Contract,
  type IsoDate,
  type Person,
  type WeekdayHours,
  type WeekdayKey,
} from './schemas/index.ts';

/** The contract in force on a date: the latest that started on or before it (the first one before any start). */
export function contractOn(person: Person, date: IsoDate): Contract {
  let found = person.contracts[0]!;
  for (const contract of person.contracts) if (contract.from <= date) found = contract;
  return found;
}

export function weeklyHours(hours: WeekdayHours): number {
  return weekdayKeys.reduce((sum, day) => sum + hours[day], 0);
}

export function workingDays(hours: WeekdayHours): WeekdayKey[] {
  return weekdayKeys.filter((day) => hours[day] > 0);
}

export function isActiveOn(person: Person, date: IsoDate): boolean {
  return person.activeFrom <= date && hasNotLeftBy(person, date);
}

/** Still with the team on `date` or joining later: who can be planned, chosen or shown as current. */
export function hasNotLeftBy(person: Pick<Person, 'activeTo'>, date: IsoDate): boolean {
  return person.activeTo === null || person.activeTo >= date;
}

/**
 * A new schedule is a new dated contract: every other contract stays, before and after it, so no
 * week that was already planned or reported is rewritten. Changing an existing contract is a
 * correction, a separate and confirmed action (correctSchedule).
 */
export function addSchedule(contracts: readonly Contract[], from: IsoDate, hours: WeekdayHours): Contract[] {
  if (contracts.some((c) => c.from === from)) throw new RangeError(`A schedule already starts on ${from}`);
  return [...contracts, { from, hours }].sort((a, b) => a.from.localeCompare(b.from));
}

/** The contract that starts on `from` with other hours: what was planned and reported for its weeks changes. */
export function correctSchedule(contracts: readonly Contract[], from: IsoDate, hours: WeekdayHours): Contract[] {
  return contracts.map((c) => (c.from === from ? { from, hours } : c));
}

/** The Monday after a date (a week later when it is a Monday): the default start of a new schedule. */
export function nextMonday(date: IsoDate): IsoDate {
  return format(nextMondayOf(parseISO(date)), 'yyyy-MM-dd');
}

/** The last day a contract holds: the day before the next one starts, or null when it runs on. */
export function contractEnd(contracts: readonly Contract[], from: IsoDate): IsoDate | null {
  const next = contracts
    .map((c) => c.from)
    .filter((d) => d > from)
    .sort()[0];
  return next ? format(subDays(parseISO(next), 1), 'yyyy-MM-dd') : null;
}
