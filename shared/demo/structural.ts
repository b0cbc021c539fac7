import type { StructuralSupport } from '../schemas/index.ts';
import type { Ledger } from './ledger.ts';
import { supportedNames } from './names.ts';
import { contractAt, idFor, isActive, type PersonPlan } from './people.ts';
import type { Rng } from './random.ts';
import type { Timeline } from './timeline.ts';

type Line = {
  person: PersonPlan;
  supported: string;
  hours: number;
  from: number;
  to: number | null;
};

/**
 * Structural support takes roughly half a contract: enough that the lead has to think
 * about who has room, and enough room left for placements and ad-hoc requests.
 */
function linesFor(person: PersonPlan, rng: Rng, tl: Timeline, nextSupported: () => string): Line[] {
  const weekly = contractAt(person, tl.today).weekly;
  const budget = Math.max(8, Math.floor(weekly * rng.pick([0.5, 0.6, 0.65, 0.7, 0.75])));
  const count = Math.max(
    1,
    Math.min(
      Math.floor(budget / 8),
      rng.weighted([
        [1, 15],
        [2, 55],
        [3, 30],
      ] as const),
    ),
  );
  const start =
    person.from >= tl.start - 30
      ? person.from
      : tl.monthStart(rng.int(Math.max(person.from, tl.start - 730), tl.start));
  const lines: Line[] = [];
  let remaining = budget;
  for (let i = 0; i < count; i++) {
    const left = count - i - 1;
    const max = Math.min(20, remaining - 8 * left);
    const hours = left === 0 ? Math.max(8, max) : rng.hours(8, max, 1);
    remaining -= hours;
    // Now and then a manager arrives during the year, so a line starts inside the history.
    const late = i > 0 && person.from < tl.start && rng.chance(0.12);
    const lateFrom = tl.monthStart(rng.int(tl.start + 30, tl.today - 30));
    const from = Math.max(late && (person.to === null || lateFrom < person.to) ? lateFrom : start, person.from);
    // Someone who left before the chosen start has no line (with a short history the start can fall after the leaving day).
    if (person.to !== null && from > person.to) continue;
    lines.push({ person, supported: nextSupported(), hours, from, to: person.to });
  }
  return lines;
}

/** A change of hours ends the old line and starts a new one, so past weeks keep the hours they had. */
function maybeSplit(line: Line, rng: Rng, tl: Timeline): Line[] {
  if (!rng.chance(0.08)) return [line];
  const change = tl.monthStart(rng.int(Math.max(line.from + 60, tl.start + 30), tl.today - 14));
  if (change <= line.from || (line.to !== null && change >= line.to)) return [line];
  const hours = Math.min(20, Math.max(8, line.hours + rng.pick([-4, -2, 2, 4])));
  if (hours === line.hours) return [line];
  return [
    { ...line, to: change - 1 },
    { ...line, hours, from: change },
  ];
}

function pickBackup(line: Line, people: readonly PersonPlan[], rng: Rng, tl: Timeline): PersonPlan | null {
  const from = Math.max(line.from, tl.start);
  const to = line.to ?? tl.end;
  const fits = (p: PersonPlan): boolean => p !== line.person && isActive(p, Math.min(from, to), to);
  for (let attempt = 0; attempt < 24; attempt++) {
    const candidate = rng.pick(people);
    if (fits(candidate)) return candidate;
  }
  return people.find(fits) ?? null;
}

/** Skipped weeks: the manager is on holiday, or a busy week needs extra hands. */
function exceptionsFor(line: Line, rng: Rng, tl: Timeline): { week: number; hours: number }[] {
  if (!rng.chance(0.35)) return [];
  const firstWeek = tl.week(Math.max(line.from, tl.start));
  const lastWeek = tl.week(Math.min(line.to ?? tl.end, tl.end));
  if (lastWeek < firstWeek) return [];
  const weeks = new Set<number>();
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) weeks.add(rng.int(firstWeek, lastWeek));
  return [...weeks].sort((a, b) => a - b).map((week) => ({ week, hours: rng.chance(0.75) ? 0 : line.hours / 2 }));
}

export function planStructural(
  people: readonly PersonPlan[],
  rng: Rng,
  tl: Timeline,
  ledger: Ledger,
): StructuralSupport[] {
  const pool = supportedNames(Math.ceil(people.length * 3) + 4, rng);
  let next = 0;
  const nextSupported = (): string => pool[next++ % pool.length] ?? 'Directeur';
  const lines = people.flatMap((person) =>
    linesFor(person, rng, tl, nextSupported).flatMap((line) => maybeSplit(line, rng, tl)),
  );
  const width = Math.max(3, String(lines.length).length);

  return lines.map((line, i) => {
    const exceptions = exceptionsFor(line, rng, tl);
    const backup = pickBackup(line, people, rng, tl);
    const firstWeek = tl.week(line.from);
    const lastWeek = line.to === null ? tl.weeks - 1 : tl.week(line.to);
    ledger.addRange(line.person, firstWeek, lastWeek, line.hours);
    for (const exception of exceptions) ledger.add(line.person, exception.week, exception.hours - line.hours);
    return {
      id: idFor('s', i + 1, width),
      personId: line.person.id,
      supported: line.supported,
      backupPersonId: backup?.id ?? null,
      hoursPerWeek: line.hours,
      from: tl.iso(line.from),
      to: line.to === null ? null : tl.iso(line.to),
      exceptions: exceptions.map((exception) => ({ week: tl.weekKey(exception.week), hours: exception.hours })),
    };
  });
}
