import type { IsoWeek, Workspace } from '../schemas/index.ts';
import type { Snapshot } from './snapshot.ts';

/*
 * A start asks first for what its first screen, the capacity grid from week `from` on, is drawn
 * from: the workspace without the requests whose work all lies before that week. At 500 people
 * with two years of history those are 6 of the answer's 7 MB, and reading them was most of the
 * wait for the grid. The whole workspace follows once the grid is on screen; every view that
 * needs history waits for it (useSnapshot).
 */

const parts = new WeakMap<Workspace, Map<IsoWeek, Workspace>>();

/** Requests with an assignment in week `from` or later: all the grid from that week on counts. */
export function recentPart(workspace: Workspace, from: IsoWeek): Workspace {
  let byWeek = parts.get(workspace);
  if (!byWeek) {
    byWeek = new Map();
    parts.set(workspace, byWeek);
  }
  let part = byWeek.get(from);
  if (!part) {
    // The same object for the same workspace and week, so the web host writes its JSON once (answer-json.ts).
    part = { ...workspace, requests: workspace.requests.filter((r) => r.assignments.some((a) => a.week >= from)) };
    byWeek.set(from, part);
  }
  return part;
}

/**
 * The whole snapshot, with the recent part's records in it where it has them. At the same revision
 * the store held the same workspace, so they are the same records; kept as the same objects, the
 * grid drawn from the part is neither computed nor drawn again when the rest arrives.
 */
export function joinRecent(part: Snapshot, whole: Snapshot): Snapshot {
  if (part.recentFrom === null || whole.revision !== part.revision) return whole;
  const kept = new Map(part.workspace.requests.map((r) => [r.id, r]));
  const requests = whole.workspace.requests.map((r) => kept.get(r.id) ?? r);
  return { ...whole, workspace: { ...part.workspace, requests } };
}
