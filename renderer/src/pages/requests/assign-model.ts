import { computeCapacityGrid } from '../../../../shared/capacity/index.ts';
import { weekWarnings, type WeekWarning } from '../../../../shared/planning/overbooking.ts';
import { toQuarters } from '../../../../shared/requests/index.ts';
import type { Assignment, IsoWeek, SupportRequest, Workspace } from '../../../../shared/schemas/index.ts';

/** One editable line of the split; empty until the lead picks a person, a week and hours. */
export type SplitLine = { key: number; personId: string | null; week: IsoWeek | null; hours: number | string };

export type PreviewLine = { personId: string; week: IsoWeek; before: number; after: number };

let nextKey = 0;
export function lineOf(a: Partial<Assignment>): SplitLine {
  nextKey += 1;
  return { key: nextKey, personId: a.personId ?? null, week: a.week ?? null, hours: a.hours ?? '' };
}

/** A positive number of whole quarter hours. */
export function validHours(hours: number | string): hours is number {
  return typeof hours === 'number' && hours > 0 && toQuarters(hours) === hours * 4;
}

/** A line the API will accept: a person, a week, and valid hours. */
export function validLine(line: SplitLine): line is SplitLine & Assignment {
  return line.personId !== null && line.week !== null && validHours(line.hours);
}

/**
 * Each chosen person's spare hours in the affected weeks, now and with the tentative plan. Both
 * come from the real capacity calculation, on a copy of the workspace reduced to those people
 * (the grid still reads every request, so other commitments count). The request's current plan
 * is in "before" and replaced in "after", so re-planning shows the true difference.
 */
function withPlan(workspace: Workspace, request: SupportRequest, plan: readonly Assignment[]): Workspace {
  const planned: SupportRequest = {
    ...request,
    status: request.status === 'in_progress' ? 'in_progress' : 'assigned',
    assignments: [...plan],
  };
  return { ...workspace, requests: workspace.requests.map((r) => (r.id === request.id ? planned : r)) };
}

export function previewCapacity(
  workspace: Workspace,
  request: SupportRequest,
  plan: readonly Assignment[],
): PreviewLine[] {
  const touched = [...plan, ...request.assignments];
  if (touched.length === 0) return [];
  const ids = new Set(touched.map((a) => a.personId));
  const weeks = [...new Set(touched.map((a) => a.week))].sort();
  const people = workspace.people.filter((p) => ids.has(p.id));
  const before = computeCapacityGrid({ ...workspace, people }, weeks);
  const after = computeCapacityGrid({ ...withPlan(workspace, request, plan), people }, weeks);
  const lines: PreviewLine[] = [];
  const pairs = new Set(touched.map((a) => `${a.personId}/${a.week}`));
  for (const row of before.rows) {
    const afterRow = after.rows.find((r) => r.personId === row.personId);
    weeks.forEach((week, i) => {
      if (!pairs.has(`${row.personId}/${week}`)) return;
      lines.push({
        personId: row.personId,
        week,
        before: row.cells[i]?.spare ?? 0,
        after: afterRow?.cells[i]?.spare ?? 0,
      });
    });
  }
  return lines;
}

/** The weeks the plan leaves someone short in, or puts work in their leave: shown before it is saved. */
export function assignWarnings(
  workspace: Workspace,
  request: SupportRequest,
  plan: readonly Assignment[],
): WeekWarning[] {
  const weeks = [...new Set(plan.map((a) => a.week))].sort();
  return weekWarnings(workspace, withPlan(workspace, request, plan), [...new Set(plan.map((a) => a.personId))], weeks);
}
