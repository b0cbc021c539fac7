import type { IsoDate, Workspace } from '../schemas/index.ts';
import { dayIndex, isoDateOf, weekdayOf, weekKeyOfIndex } from './day-index.ts';
import { indexByPerson, noAllocations } from './person-index.ts';
import { cellAt, computePerson, createScratch } from './person-capacity.ts';
import { makeSpan } from './span.ts';
import { workedHours } from './availability.ts';

/**
 * Only the records that can touch days `first` … `last`: for a fortnight that is a few per cent of
 * two years of history, and indexing the rest cost more than all the arithmetic. Dates and ISO week
 * keys compare correctly as strings. A request is kept whole, as the index skips other weeks anyway.
 */
function recordsTouching(workspace: Workspace, first: number, last: number): Workspace {
  const from = isoDateOf(first);
  const to = isoDateOf(last);
  const firstWeek = weekKeyOfIndex(first);
  const lastWeek = weekKeyOfIndex(last);
  const touches = (r: { from: IsoDate; to: IsoDate | null }) => r.from <= to && (r.to === null || r.to >= from);
  return {
    ...workspace,
    structural: workspace.structural.filter(touches),
    placements: workspace.placements.filter(touches),
    leave: workspace.leave.filter(touches),
    requests: workspace.requests.filter((r) => r.assignments.some((a) => a.week >= firstWeek && a.week <= lastWeek)),
  };
}

/**
 * `spareInWindow` for the whole team at once, keyed by person id. Calling `spareInWindow` once per
 * person filters every allocation list per person and rebuilds the holiday span each time, which
 * is quadratic in team size; here the allocations near the window are indexed once and span and
 * scratch are shared. `spareInWindow` is this for one person, so "Who is free?" ranks the same
 * numbers the single-person view shows.
 */
export function spareInWindowForAll(workspace: Workspace, from: IsoDate, to: IsoDate): Map<string, number> {
  const result = new Map<string, number>();
  const first = dayIndex(from);
  const last = dayIndex(to);
  if (last < first) {
    for (const person of workspace.people) result.set(person.id, 0);
    return result;
  }
  const firstMonday = first - weekdayOf(first);
  const weeks = (last - weekdayOf(last) - firstMonday) / 7 + 1;
  const span = makeSpan(workspace.settings, firstMonday, weeks);
  const index = indexByPerson(recordsTouching(workspace, firstMonday, firstMonday + weeks * 7 - 1));
  const scratch = createScratch(span);
  for (const person of workspace.people) {
    const pw = computePerson(span, person, index.get(person.id) ?? noAllocations, scratch);
    let total = 0;
    for (let w = 0; w < weeks; w++) {
      const cell = cellAt(pw, w);
      const lo = Math.max(first - firstMonday, w * 7);
      const hi = Math.min(last - firstMonday, w * 7 + 6);
      if (hi - lo === 6) {
        total += cell.spare;
        continue;
      }
      const availableInWindow = workedHours(span, pw, lo, hi);
      const share = cell.available > 0 ? availableInWindow / cell.available : (hi - lo + 1) / 7;
      total += cell.spare * share;
    }
    result.set(person.id, total);
  }
  return result;
}
