import type { Leave, Placement, StructuralSupport, SupportRequest, Workspace } from '../schemas/index.ts';
import { loadsHours, type PersonAllocations } from './person-index.ts';
import { weekPosition, type Span } from './span.ts';
import { packLeave, type PackedLeave } from './availability.ts';
import { isoDateOf } from './day-index.ts';

/*
 * One person's inputs to the grid, grouped from the workspace collections and kept from one
 * workspace revision to the next. Revisions share structure (immer): an unchanged collection is
 * the same array, an unchanged record the same object. Each person's lists are therefore reused
 * as long as their records are, and a row whose lists are all the same objects as last time can
 * keep last time's cells.
 */

/** `packed` holds what `pack` made of each person's list, when grouping was given one. */
type Grouped<T> = { source: readonly T[]; byPerson: Map<string, readonly T[]>; packed: Map<string, readonly number[]> };

type Pack<T> = (item: T, into: number[]) => void;

const none: readonly never[] = Object.freeze([]);

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

type Dated = { personId: string; from: string; to: string | null };

/**
 * Groups by person the records whose period meets the window; a person whose records are the same
 * objects as before keeps the old list. Ended records are left out like ad-hoc work outside the
 * window, so a workspace that holds more history than the last one (the whole after the recent
 * part, recent-part.ts) keeps every row.
 */
function groupByPerson<T extends Dated>(
  source: readonly T[],
  previous: Grouped<T> | null,
  window: WeekWindow,
  pack?: Pack<T>,
): Grouped<T> {
  if (previous?.source === source) return previous;
  const first = isoDateOf(window.start);
  const last = isoDateOf(window.start + window.weeks * 7 - 1);
  const byPerson = new Map<string, T[]>();
  const packing = new Map<string, number[]>();
  for (const item of source) {
    if (item.from > last || (item.to !== null && item.to < first)) continue;
    const list = byPerson.get(item.personId);
    if (list) list.push(item);
    else byPerson.set(item.personId, [item]);
    if (!pack) continue;
    let into = packing.get(item.personId);
    if (!into) {
      into = [];
      packing.set(item.personId, into);
    }
    pack(item, into);
  }
  const result = new Map<string, readonly T[]>();
  const packed = new Map<string, readonly number[]>();
  for (const [personId, list] of byPerson) {
    const old = previous?.byPerson.get(personId);
    const keep = old !== undefined && sameItems(old, list);
    result.set(personId, keep ? old : list);
    const numbers = keep ? previous?.packed.get(personId) : packing.get(personId);
    if (numbers) packed.set(personId, numbers);
  }
  return { source, byPerson: result, packed };
}

type Assignment = SupportRequest['assignments'][number];

/**
 * A person's ad-hoc work as parallel lists (entry k is assignment k of request k), and its hours per
 * week of the window summed in list order, as the row would sum them. Summed while grouping, which
 * reads every assignment anyway: reading 30,000 assignments a second time, from all over the heap,
 * was a fifth of a 500-person grid.
 */
export type AdhocList = {
  requests: readonly SupportRequest[];
  assignments: readonly Assignment[];
  weekly: Float64Array;
};
type Collecting = { requests: SupportRequest[]; assignments: Assignment[]; weekly: Float64Array };

const collecting = (window: WeekWindow): Collecting => ({
  requests: [],
  assignments: [],
  weekly: new Float64Array(window.weeks),
});
const noAdhoc: AdhocList = Object.freeze({ requests: [], assignments: [], weekly: new Float64Array(0) });

function push(list: Collecting, request: SupportRequest, assignment: Assignment, w: number): void {
  list.requests.push(request);
  list.assignments.push(assignment);
  list.weekly[w] = (list.weekly[w] ?? 0) + assignment.hours;
}

type AdhocIndex = { source: readonly SupportRequest[]; byPerson: Map<string, AdhocList> };

/**
 * The weeks a grid shows: the span they lie on. Work outside them is passed over while grouping: at
 * a start, a 13-week grid would otherwise index years of ad-hoc history it never shows. A week key
 * that names no real week (2025-W53) lies in no window.
 */
export type WeekWindow = Pick<Span, 'start' | 'weeks'>;

/**
 * Regroups every request; a person whose entries are the same objects as before keeps the old list,
 * so a workspace that holds more (older) requests than the last one, but the same ones in the
 * window, recomputes no row.
 */
function adhocFromScratch(
  source: readonly SupportRequest[],
  window: WeekWindow,
  previous: AdhocIndex | null = null,
): AdhocIndex {
  const byPerson = new Map<string, Collecting>();
  // A request's weeks mostly go to one person: the previous list saves a map lookup on most entries.
  let lastPerson = '';
  let last: Collecting | undefined;
  for (const request of source) {
    if (!loadsHours(request)) continue;
    for (const assignment of request.assignments) {
      const w = weekPosition(window, assignment.week);
      if (w < 0) continue;
      let list = assignment.personId === lastPerson ? last : byPerson.get(assignment.personId);
      if (!list) {
        list = collecting(window);
        byPerson.set(assignment.personId, list);
      }
      lastPerson = assignment.personId;
      last = list;
      push(list, request, assignment, w);
    }
  }
  if (!previous) return { source, byPerson };
  const kept = new Map<string, AdhocList>();
  for (const [personId, list] of byPerson) {
    const old = previous.byPerson.get(personId);
    const same = old && sameItems(old.requests, list.requests) && sameItems(old.assignments, list.assignments);
    kept.set(personId, same ? old : list);
  }
  return { source, byPerson: kept };
}

/** Beyond this many changed positions (a deletion shifts every later request) regrouping is cheaper. */
const PATCH_LIMIT = 64;

/**
 * Requests are the largest collection (tens of thousands of assignments at 500 people), so a change
 * is patched in: positions whose request object changed are found by walking both arrays in step,
 * and only the people those requests name get new lists. The order of a patched list may differ
 * from a regrouped one; ad-hoc hours are summed per week and quarter hours add exactly, so the
 * figures do not.
 */
function updateAdhoc(source: readonly SupportRequest[], previous: AdhocIndex | null, window: WeekWindow): AdhocIndex {
  if (previous?.source === source) return previous;
  if (!previous) return adhocFromScratch(source, window);
  const old = previous.source;
  const changed: number[] = [];
  const length = Math.max(old.length, source.length);
  for (let i = 0; i < length; i++) {
    if (old[i] === source[i]) continue;
    changed.push(i);
    if (changed.length > PATCH_LIMIT) return adhocFromScratch(source, window, previous);
  }
  const removed = new Set<SupportRequest>();
  const touched = new Set<string>();
  for (const i of changed) {
    const before = old[i];
    if (before) removed.add(before);
    for (const a of before?.assignments ?? none) if (weekPosition(window, a.week) >= 0) touched.add(a.personId);
    for (const a of source[i]?.assignments ?? none) if (weekPosition(window, a.week) >= 0) touched.add(a.personId);
  }
  const byPerson = new Map(previous.byPerson);
  for (const personId of touched) {
    const list = collecting(window);
    const kept = previous.byPerson.get(personId) ?? noAdhoc;
    kept.requests.forEach((request, k) => {
      const assignment = kept.assignments[k];
      if (assignment && !removed.has(request)) push(list, request, assignment, weekPosition(window, assignment.week));
    });
    for (const i of changed) {
      const request = source[i];
      if (!request || !loadsHours(request)) continue;
      for (const assignment of request.assignments) {
        const w = assignment.personId === personId ? weekPosition(window, assignment.week) : -1;
        if (w >= 0) push(list, request, assignment, w);
      }
    }
    byPerson.set(personId, list);
  }
  return { source, byPerson };
}

/** The lists one row is computed from; compared by identity to decide whether the row is still valid. */
export type PersonLists = {
  structural: readonly StructuralSupport[];
  placements: readonly Placement[];
  leave: readonly Leave[];
  /** The same leave as numbers (`packLeave`), for a row that collects no items. */
  leavePacked: PackedLeave;
  adhoc: AdhocList;
};

export function sameLists(a: PersonLists, b: PersonLists): boolean {
  return a.structural === b.structural && a.placements === b.placements && a.leave === b.leave && a.adhoc === b.adhoc;
}

export function allocationsFrom(lists: PersonLists): PersonAllocations {
  const { structural, placements, leave, leavePacked, adhoc } = lists;
  return {
    structural,
    placements,
    leave,
    leavePacked,
    adhocRequests: adhoc.requests,
    adhocAssignments: adhoc.assignments,
    adhocWeekly: adhoc.weekly,
  };
}

export type PersonInputs = { listsOf(personId: string): PersonLists };

/** Keeps the grouping between calls; `update` with each new workspace revision. Ad-hoc work only within `window`. */
export type PersonInputsCache = { update(workspace: Workspace): PersonInputs };

export function createPersonInputs(window: WeekWindow): PersonInputsCache {
  let structural: Grouped<StructuralSupport> | null = null;
  let placements: Grouped<Placement> | null = null;
  let leave: Grouped<Leave> | null = null;
  let adhoc: AdhocIndex | null = null;
  return {
    update(workspace) {
      structural = groupByPerson(workspace.structural, structural, window);
      placements = groupByPerson(workspace.placements, placements, window);
      leave = groupByPerson(workspace.leave, leave, window, (l, into) => packLeave(window, l, into));
      adhoc = updateAdhoc(workspace.requests, adhoc, window);
      const current = { structural, placements, leave, adhoc };
      return {
        listsOf: (personId) => ({
          structural: current.structural.byPerson.get(personId) ?? none,
          placements: current.placements.byPerson.get(personId) ?? none,
          leave: current.leave.byPerson.get(personId) ?? none,
          leavePacked: current.leave.packed.get(personId) ?? none,
          adhoc: current.adhoc.byPerson.get(personId) ?? noAdhoc,
        }),
      };
    },
  };
}
