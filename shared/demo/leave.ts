import type { Leave } from '../schemas/index.ts';
import type { Ledger } from './ledger.ts';
import { dayHours, idFor, type PersonPlan } from './people.ts';
import type { Rng } from './random.ts';
import type { Timeline } from './timeline.ts';

type Planned = {
  person: PersonPlan;
  kind: Leave['kind'];
  from: number;
  to: number;
  hoursPerDay: number | null;
};

type Draft = Omit<Planned, 'person'>;

function mondayOnOrAfter(day: number, tl: Timeline): number {
  return day + ((7 - tl.weekday(day)) % 7);
}

function workingDayFrom(person: PersonPlan, day: number, tl: Timeline): number {
  for (let d = day; d < day + 7; d++) if (dayHours(person, d, tl) > 0) return d;
  return day;
}

/** Dutch leave habits: a long summer break in the school holidays, Christmas, one school-holiday week. */
function blocks(year: number, rng: Rng, tl: Timeline): Draft[] {
  const drafts: Draft[] = [];
  if (rng.chance(0.92)) {
    const from = mondayOnOrAfter(tl.dayOfDate(year, 6, 1), tl) + 7 * rng.int(0, 5);
    drafts.push({
      kind: 'vacation',
      from,
      to:
        from +
        7 *
          rng.weighted([
            [2, 55],
            [3, 45],
          ] as const) -
        3,
      hoursPerDay: null,
    });
  }
  if (rng.chance(0.7)) {
    const christmas = tl.dayOfDate(year, 11, 25);
    const monday = christmas - tl.weekday(christmas);
    const [from, to] = rng.pick([
      [monday, monday + 11],
      [monday + 7, monday + 11],
      [tl.dayOfDate(year, 11, 24), tl.dayOfDate(year, 11, 31)],
    ] as const);
    drafts.push({ kind: 'vacation', from, to, hoursPerDay: null });
  }
  if (rng.chance(0.45)) {
    const from = mondayOnOrAfter(
      rng.pick([tl.dayOfDate(year, 1, 16), tl.dayOfDate(year, 3, 26), tl.dayOfDate(year, 9, 13)]),
      tl,
    );
    drafts.push({ kind: 'vacation', from, to: from + 4, hoursPerDay: null });
  }
  return drafts;
}

/** Single days, a few sick days and partial days (a doctor's visit, a school event). */
function shortLeave(person: PersonPlan, year: number, rng: Rng, tl: Timeline): Draft[] {
  const first = tl.dayOfDate(year, 0, 2);
  const last = tl.dayOfDate(year, 11, 20);
  const anyDay = (): number => workingDayFrom(person, rng.int(first, last), tl);
  const drafts: Draft[] = [];
  for (let i = rng.int(3, 5); i > 0; i--) {
    const day = anyDay();
    const kind = rng.weighted([
      ['vacation', 80],
      ['special', 10],
      ['other', 10],
    ] as const);
    drafts.push({ kind, from: day, to: day, hoursPerDay: null });
  }
  for (
    let i = rng.weighted([
      [0, 20],
      [1, 35],
      [2, 30],
      [3, 15],
    ] as const);
    i > 0;
    i--
  ) {
    const day = anyDay();
    // Sick leave holds dates only: no reason, no diagnosis.
    if (day <= tl.today)
      drafts.push({ kind: 'sick', from: day, to: Math.min(tl.today, day + rng.int(0, 3)), hoursPerDay: null });
  }
  for (let i = rng.int(1, 4); i > 0; i--) {
    const day = anyDay();
    const kind = rng.weighted([
      ['other', 50],
      ['vacation', 40],
      ['special', 10],
    ] as const);
    if (rng.chance(0.2)) {
      const monday = mondayOnOrAfter(day, tl);
      drafts.push({ kind: 'other', from: monday, to: monday + 7 * rng.int(1, 3) - 3, hoursPerDay: 4 });
    } else {
      drafts.push({ kind, from: day, to: day, hoursPerDay: rng.pick([1.5, 2, 2.5, 3, 4]) });
    }
  }
  return drafts;
}

export function planLeave(people: readonly PersonPlan[], rng: Rng, tl: Timeline, ledger: Ledger): Leave[] {
  const firstYear = tl.year(tl.start);
  const lastYear = tl.year(tl.end);
  const planned: Planned[] = [];
  for (const person of people) {
    const lower = Math.max(tl.start, person.from);
    const upper = Math.min(tl.end, person.to ?? tl.end);
    const taken: [number, number][] = [];
    for (let year = firstYear; year <= lastYear; year++) {
      for (const draft of [...blocks(year, rng, tl), ...shortLeave(person, year, rng, tl)]) {
        if (draft.from < lower || draft.to > upper || draft.to < draft.from) continue;
        // The next three months hold only planned leave; nobody knows yet who will be ill.
        if (draft.kind === 'sick' && draft.to > tl.today) continue;
        if (taken.some(([a, b]) => draft.from <= b && draft.to >= a)) continue;
        taken.push([draft.from, draft.to]);
        planned.push({ person, ...draft });
      }
    }
  }
  planned.sort((a, b) => a.from - b.from || a.person.index - b.person.index);
  const width = Math.max(3, String(planned.length).length);

  return planned.map((leave, i) => {
    for (let day = leave.from; day <= leave.to; day++) {
      const hours = dayHours(leave.person, day, tl);
      if (hours > 0)
        ledger.add(leave.person, tl.week(day), leave.hoursPerDay === null ? hours : Math.min(hours, leave.hoursPerDay));
    }
    return {
      id: idFor('l', i + 1, width),
      personId: leave.person.id,
      kind: leave.kind,
      from: tl.iso(leave.from),
      to: tl.iso(leave.to),
      hoursPerDay: leave.hoursPerDay,
    };
  });
}
