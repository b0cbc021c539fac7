import { contractAt, isActive, type PersonPlan } from './people.ts';
import type { Timeline } from './timeline.ts';

/**
 * A rough per-person, per-week tally of what is already planned (structural support,
 * placements, leave, earlier requests) so new work goes to someone with room for it.
 * Without it the demo's capacity grid would show people booked at 150% next to idle
 * colleagues, which no lead would recognise. It ignores public holidays on purpose:
 * the app computes those itself, and the demo only needs to look plausible.
 */
export type Ledger = {
  readonly weeks: number;
  free(person: PersonPlan, week: number): number;
  add(person: PersonPlan, week: number, hours: number): void;
  addRange(person: PersonPlan, fromWeek: number, toWeek: number, hours: number): void;
};

export function createLedger(people: readonly PersonPlan[], tl: Timeline): Ledger {
  const weeks = tl.weeks;
  const capacity = new Float32Array(people.length * weeks);
  const used = new Float32Array(people.length * weeks);
  for (const person of people) {
    for (let week = 0; week < weeks; week++) {
      const monday = week * 7;
      if (isActive(person, monday, monday + 4))
        capacity[person.index * weeks + week] = contractAt(person, monday).weekly;
    }
  }
  const inRange = (week: number): boolean => week >= 0 && week < weeks;
  return {
    weeks,
    free: (person, week) => {
      if (!inRange(week)) return 0;
      const at = person.index * weeks + week;
      return (capacity[at] ?? 0) - (used[at] ?? 0);
    },
    add: (person, week, hours) => {
      if (!inRange(week)) return;
      const at = person.index * weeks + week;
      used[at] = (used[at] ?? 0) + hours;
    },
    addRange: (person, fromWeek, toWeek, hours) => {
      const last = Math.min(toWeek, weeks - 1);
      for (let week = Math.max(0, fromWeek); week <= last; week++) {
        const at = person.index * weeks + week;
        used[at] = (used[at] ?? 0) + hours;
      }
    },
  };
}
