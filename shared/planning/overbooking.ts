import { addWeeks, computeCapacityGrid, weekKey, weekRange } from '../capacity/index.ts';
import { contractEnd } from '../people.ts';
import type { IsoDate, IsoWeek, Person, Placement, Workspace } from '../schemas/index.ts';

/** A week in which a change leaves someone with less than nothing spare, or lands in their leave. */
export type WeekWarning = {
  personId: string;
  week: IsoWeek;
  before: number;
  after: number;
  overbooked: boolean;
  onLeave: boolean;
};

/** Half a minute of float noise is not an over-booking. */
const EPSILON = 1e-6;

/**
 * The weeks a planned change makes worse for the people it touches: spare below zero after the
 * change and lower than before (a week that was already short and stays as short is not news), and
 * the weeks where the added work falls in their leave. Both workspaces go through the Capacity
 * screen's own calculation, reduced to the people concerned.
 */
export function weekWarnings(
  before: Workspace,
  after: Workspace,
  personIds: readonly string[],
  weeks: readonly IsoWeek[],
): WeekWarning[] {
  if (weeks.length === 0) return [];
  const ids = new Set(personIds);
  const now = computeCapacityGrid({ ...before, people: before.people.filter((p) => ids.has(p.id)) }, weeks);
  const then = computeCapacityGrid({ ...after, people: after.people.filter((p) => ids.has(p.id)) }, weeks);
  const warnings: WeekWarning[] = [];
  for (const row of then.rows) {
    const old = now.rows.find((r) => r.personId === row.personId);
    weeks.forEach((week, i) => {
      const cell = row.cells[i]!;
      const was = old?.cells[i] ?? cell;
      const added = cell.committed - was.committed > EPSILON;
      const overbooked = cell.spare < -EPSILON && cell.spare < was.spare - EPSILON;
      const onLeave = added && cell.leave > 0;
      if (overbooked || onLeave)
        warnings.push({ personId: row.personId, week, before: was.spare, after: cell.spare, overbooked, onLeave });
    });
  }
  return warnings;
}

/** Weeks a placement runs; an open end is looked at for half a year, the horizon a lead plans in. */
export function placementWeeks(placement: Pick<Placement, 'from' | 'to'>, today: IsoDate): IsoWeek[] {
  const first = weekKey(placement.from);
  const last = placement.to
    ? weekKey(placement.to)
    : addWeeks(weekKey(placement.from > today ? placement.from : today), 25);
  let count = 0;
  for (let week = first; week <= last; week = addWeeks(week, 1)) count += 1;
  return weekRange(first, count);
}

/**
 * What saving `placement` as given (confirmed, or changed) does to its person's weeks. A proposed
 * placement is not committed work, so the workspace as it stands is the "before" either way.
 */
export function placementWarnings(workspace: Workspace, placement: Placement, today: IsoDate): WeekWarning[] {
  const after = { ...workspace, placements: [...workspace.placements.filter((p) => p.id !== placement.id), placement] };
  return weekWarnings(workspace, after, [placement.personId], placementWeeks(placement, today));
}

/** Consecutive weeks of one person with the same kind of warning, as a lead reads them: one line per run. */
export type WarningRun = {
  personId: string;
  kind: 'overbooked' | 'onLeave';
  first: IsoWeek;
  last: IsoWeek;
  weeks: number;
  lowest: number;
};

export function warningRuns(warnings: readonly WeekWarning[]): WarningRun[] {
  const runs: WarningRun[] = [];
  for (const kind of ['overbooked', 'onLeave'] as const) {
    for (const warning of warnings
      .filter((w) => w[kind])
      .sort((a, b) => a.personId.localeCompare(b.personId) || a.week.localeCompare(b.week))) {
      const run = runs.at(-1);
      if (run && run.kind === kind && run.personId === warning.personId && addWeeks(run.last, 1) === warning.week) {
        run.last = warning.week;
        run.weeks += 1;
        run.lowest = Math.min(run.lowest, warning.after);
      } else {
        runs.push({
          personId: warning.personId,
          kind,
          first: warning.week,
          last: warning.week,
          weeks: 1,
          lowest: warning.after,
        });
      }
    }
  }
  return runs;
}

/**
 * What saving `updated` (a person with a new or corrected schedule from `changedFrom`) does to their
 * weeks: the weeks from the change (or from this week, as past weeks are history) until the next
 * schedule takes over, looked at for half a year. Only over-booking counts: fewer hours do not move
 * work into leave.
 */
export function scheduleWarnings(
  workspace: Workspace,
  updated: Person,
  changedFrom: IsoDate,
  today: IsoDate,
): WeekWarning[] {
  const first = weekKey(changedFrom > today ? changedFrom : today);
  const end = contractEnd(updated.contracts, changedFrom);
  const horizon = addWeeks(first, 25);
  const last = end !== null && weekKey(end) < horizon ? weekKey(end) : horizon;
  if (last < first) return [];
  let count = 0;
  for (let week = first; week <= last; week = addWeeks(week, 1)) count += 1;
  const after = { ...workspace, people: workspace.people.map((p) => (p.id === updated.id ? updated : p)) };
  return weekWarnings(workspace, after, [updated.id], weekRange(first, count)).filter((w) => w.overbooked);
}
