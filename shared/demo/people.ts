import type { Person, WeekdayHours } from '../schemas/index.ts';
import { emailFor, uniqueNames } from './names.ts';
import type { Rng } from './random.ts';
import type { Timeline } from './timeline.ts';

export const skillKeys = [
  'minutes',
  'agenda',
  'events',
  'sharepoint',
  'finance',
  'english',
  'travel',
  'onboarding',
] as const;
export type SkillKey = (typeof skillKeys)[number];

/** Agenda management and minutes are the bread and butter; finance and onboarding are rarer. */
const skillWeights: Record<SkillKey, number> = {
  minutes: 0.6,
  agenda: 0.85,
  events: 0.35,
  sharepoint: 0.35,
  finance: 0.25,
  english: 0.45,
  travel: 0.35,
  onboarding: 0.25,
};

export type PlannedContract = { from: number; hours: WeekdayHours; weekly: number };

/** A person while generating: day numbers instead of strings, and the contract lookups the other parts need. */
export type PersonPlan = {
  index: number;
  id: string;
  name: string;
  email: string;
  skills: SkillKey[];
  contracts: PlannedContract[];
  from: number;
  /** Last active day, or null while employed. */
  to: number | null;
};

const days = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
type Day = (typeof days)[number];

function week(perDay: Partial<Record<Day, number>>): WeekdayHours {
  return {
    mon: perDay.mon ?? 0,
    tue: perDay.tue ?? 0,
    wed: perDay.wed ?? 0,
    thu: perDay.thu ?? 0,
    fri: perDay.fri ?? 0,
    sat: 0,
    sun: 0,
  };
}

function workingDays(
  hoursPerDay: number,
  freeDays: readonly Day[],
  half: Partial<Record<Day, number>> = {},
): WeekdayHours {
  const perDay: Partial<Record<Day, number>> = {};
  for (const day of days) if (!freeDays.includes(day)) perDay[day] = half[day] ?? hoursPerDay;
  return week(perDay);
}

/** Part-time is the norm in Dutch secretariats: most work four days, many three, some with a half day. */
function contractPattern(rng: Rng, weekly: number): WeekdayHours {
  switch (weekly) {
    case 40:
      return workingDays(8, []);
    case 36:
      return workingDays(9, [
        rng.weighted([
          ['fri', 3],
          ['mon', 2],
          ['wed', 1],
        ] as const),
      ]);
    case 32:
      return workingDays(8, [
        rng.weighted([
          ['wed', 4],
          ['fri', 3],
          ['mon', 2],
          ['tue', 1],
          ['thu', 1],
        ] as const),
      ]);
    case 28:
      return rng.chance(0.5) ? workingDays(8, ['fri'], { wed: 4 }) : workingDays(8, ['mon'], { fri: 4 });
    case 24:
      return workingDays(
        8,
        rng.pick([
          ['wed', 'fri'],
          ['mon', 'fri'],
          ['mon', 'wed'],
          ['tue', 'fri'],
          ['thu', 'fri'],
        ] as const),
      );
    default:
      return rng.chance(0.6) ? workingDays(4, []) : workingDays(8, ['thu', 'fri'], { wed: 4 });
  }
}

const weeklyOptions = [
  [40, 15],
  [36, 15],
  [32, 33],
  [28, 14],
  [24, 15],
  [20, 8],
] as const;

function pickSkills(rng: Rng): SkillKey[] {
  const count = rng.weighted([
    [2, 25],
    [3, 35],
    [4, 28],
    [5, 12],
  ] as const);
  const pool: SkillKey[] = [...skillKeys];
  const chosen = new Set<SkillKey>();
  while (chosen.size < count) {
    const skill = rng.weighted(pool.filter((s) => !chosen.has(s)).map((s) => [s, skillWeights[s]] as const));
    chosen.add(skill);
  }
  return skillKeys.filter((s) => chosen.has(s));
}

export function idFor(prefix: string, n: number, width: number): string {
  return `${prefix}${String(n).padStart(width, '0')}`;
}

export function planPeople(count: number, rng: Rng, tl: Timeline): PersonPlan[] {
  const width = Math.max(2, String(count).length);
  const names = uniqueNames(count, rng);
  const people: PersonPlan[] = names.map((name, i) => {
    const weekly = rng.weighted(weeklyOptions);
    // Most of the team has been there for years; hire dates fall on the first of a month.
    const from = tl.monthStart(tl.start - rng.int(60, 365 * 14));
    return {
      index: i,
      id: idFor('p', i + 1, width),
      name,
      email: emailFor(name, 'brancheorganisatie.example.nl'),
      skills: pickSkills(rng),
      contracts: [{ from, hours: contractPattern(rng, weekly), weekly }],
      from,
      to: null,
    };
  });

  if (count < 3) return people;
  const history = tl.today - tl.start;
  // The first three keep their years of service so the featured names stay steady members of the team.
  const movable = rng.shuffle(people.slice(3));
  const joiners = Math.max(1, Math.round((count * 0.06 * history) / 365));
  const leavers = Math.max(1, Math.round((count * 0.05 * history) / 365));
  movable.slice(0, joiners).forEach((person, i) => {
    // The first newcomer started a few months ago, as in the model case; others spread over the history.
    const day = i === 0 ? tl.today - rng.int(60, 150) : rng.int(tl.start + 30, tl.today - 14);
    person.from = tl.monthStart(day + 15);
    person.contracts[0]!.from = person.from;
  });
  movable.slice(joiners, joiners + leavers).forEach((person, i) => {
    // Leaving dates are month ends strictly before today: the first leaver left a month or two ago.
    const day =
      i === 0 ? tl.monthStart(tl.today) - rng.int(1, 45) : rng.int(tl.start + 30, tl.monthStart(tl.today) - 1);
    person.to = tl.monthEnd(day);
  });

  const changers = movable.slice(joiners + leavers, joiners + leavers + Math.max(2, Math.round(count * 0.12)));
  for (const person of changers) changeContract(person, rng, tl);
  return people;
}

/** A new contract from the first of a month: earlier weeks keep the old hours. */
function changeContract(person: PersonPlan, rng: Rng, tl: Timeline): void {
  const first = person.contracts[0]!;
  const from = tl.monthStart(rng.int(tl.start + 40, tl.today - 10));
  if (from <= person.from) return;
  const up = first.weekly + 8 <= 40 && rng.chance(0.7);
  const weekly = up ? first.weekly + 8 : first.weekly === 40 ? 32 : first.weekly === 36 ? 32 : first.weekly + 4;
  person.contracts.push({ from, hours: contractPattern(rng, weekly), weekly });
}

export function contractAt(person: PersonPlan, day: number): PlannedContract {
  let current = person.contracts[0]!;
  for (const contract of person.contracts) if (contract.from <= day) current = contract;
  return current;
}

/** Hours the person works on this calendar day under the contract then in force. */
export function dayHours(person: PersonPlan, day: number, tl: Timeline): number {
  const hours = contractAt(person, day).hours;
  return [hours.mon, hours.tue, hours.wed, hours.thu, hours.fri, hours.sat, hours.sun][tl.weekday(day)] ?? 0;
}

export function isActive(person: PersonPlan, from: number, to: number = from): boolean {
  return person.from <= from && (person.to === null || person.to >= to);
}

export function toPerson(plan: PersonPlan, tl: Timeline): Person {
  return {
    id: plan.id,
    name: plan.name,
    email: plan.email,
    skills: [...plan.skills],
    contracts: plan.contracts.map((c) => ({ from: tl.iso(c.from), hours: { ...c.hours } })),
    activeFrom: tl.iso(plan.from),
    activeTo: plan.to === null ? null : tl.iso(plan.to),
  };
}
