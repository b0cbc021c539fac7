import { isoDateOf, mondayIndex } from '../capacity/day-index.ts';
import type { IsoDate, IsoWeek, Workspace } from '../schemas/index.ts';
import type { Snapshot } from './snapshot.ts';

/*
 * A start asks first for what its first screen, the capacity grid from week `from` on, is drawn
 * from: the workspace without the records that lie wholly before that week (requests whose work
 * all does, leave, support and placements that ended, income and value dated earlier). At 500
 * people with two years of history those are 6.7 of the answer's 7.3 MB, and reading them was most
 * of the wait for the grid. The whole workspace follows once the grid is on screen; every view
 * that needs history waits for it (useSnapshot).
 */

const parts = new WeakMap<Workspace, Map<IsoWeek, Workspace>>();

type Period = { to: IsoDate | null };
const endsFrom =
  (monday: IsoDate) =>
  (record: Period): boolean =>
    record.to === null || record.to >= monday;
const datedFrom =
  (monday: IsoDate) =>
  (record: { date: IsoDate }): boolean =>
    record.date >= monday;

function cut(workspace: Workspace, from: IsoWeek): Workspace {
  const monday = mondayIndex(from);
  // A key that names no week keeps every dated record: the part may hold more than it needs, never less.
  const first = Number.isNaN(monday) ? '' : isoDateOf(monday);
  return {
    ...workspace,
    requests: workspace.requests.filter((r) => r.assignments.some((a) => a.week >= from)),
    leave: workspace.leave.filter(endsFrom(first)),
    structural: workspace.structural.filter(endsFrom(first)),
    placements: workspace.placements.filter(endsFrom(first)),
    income: workspace.income.filter(datedFrom(first)),
    value: workspace.value.filter(datedFrom(first)),
  };
}

/** The records the grid from week `from` on counts, in their order; the other collections whole. */
export function recentPart(workspace: Workspace, from: IsoWeek): Workspace {
  let byWeek = parts.get(workspace);
  if (!byWeek) {
    byWeek = new Map();
    parts.set(workspace, byWeek);
  }
  let part = byWeek.get(from);
  if (!part) {
    // The same object for the same workspace and week, so the web host writes its JSON once (answer-json.ts).
    part = cut(workspace, from);
    byWeek.set(from, part);
  }
  return part;
}

/** The whole list, with the part's record in place of each one it holds. */
function keepRecords<T extends { id: string }>(part: readonly T[], whole: readonly T[]): T[] {
  const kept = new Map(part.map((r) => [r.id, r]));
  return whole.map((r) => kept.get(r.id) ?? r);
}

/**
 * The whole snapshot, with the recent part's records in it where it has them. At the same revision
 * the store held the same workspace, so they are the same records; kept as the same objects, the
 * grid drawn from the part is neither computed nor drawn again when the rest arrives.
 */
export function joinRecent(part: Snapshot, whole: Snapshot): Snapshot {
  if (part.recentFrom === null || whole.revision !== part.revision) return whole;
  const held = part.workspace;
  const all = whole.workspace;
  return {
    ...whole,
    workspace: {
      ...held,
      requests: keepRecords(held.requests, all.requests),
      leave: keepRecords(held.leave, all.leave),
      structural: keepRecords(held.structural, all.structural),
      placements: keepRecords(held.placements, all.placements),
      income: keepRecords(held.income, all.income),
      value: keepRecords(held.value, all.value),
    },
  };
}
