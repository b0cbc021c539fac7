import { weekdayKeys, type Contract, type IsoDate, type Person, type WeekdayHours, type WeekdayKey } from './schemas/index.ts';

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
  return person.activeFrom <= date && (person.activeTo === null || person.activeTo >= date);
}

/** A schedule change from a date keeps every contract before it, so earlier weeks are never rewritten. */
export function withScheduleFrom(contracts: Contract[], from: IsoDate, hours: WeekdayHours): Contract[] {
  return [...contracts.filter((c) => c.from < from), { from, hours }];
}
