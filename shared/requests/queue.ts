import type { RequestStatus, SupportRequest, Workspace } from '../schemas/index.ts';
import { ageInDays, isOverdue, isUnassignedCloseToDeadline } from './flags.ts';
import { totalHours } from './split.ts';

/** One line of the queue, with everything the table shows or sorts on worked out once per snapshot. */
export type QueueRow = {
  request: SupportRequest;
  /** The department, or the client's name for work from outside. */
  group: string;
  assignees: string;
  plannedHours: number;
  age: number;
  overdue: boolean;
  closeToDeadline: boolean;
  /** Lower-case text the search box matches against. */
  haystack: string;
};

export type QueueFilters = {
  statuses: RequestStatus[];
  group: string | null;
  skill: string | null;
  overdueOnly: boolean;
  search: string;
};

export const noFilters: QueueFilters = { statuses: [], group: null, skill: null, overdueOnly: false, search: '' };

export function buildQueueRows(workspace: Workspace, today: string): QueueRow[] {
  const people = new Map(workspace.people.map((p) => [p.id, p.name]));
  const clients = new Map(workspace.clients.map((c) => [c.id, c.name]));
  return workspace.requests.map((request) => {
    const group = request.department || (request.clientId ? (clients.get(request.clientId) ?? '') : '');
    const names = [...new Set(request.assignments.map((a) => people.get(a.personId) ?? a.personId))];
    const assignees = names.join(', ');
    return {
      request,
      group,
      assignees,
      plannedHours: totalHours(request.assignments),
      age: ageInDays(request, today),
      overdue: isOverdue(request, today),
      closeToDeadline: isUnassignedCloseToDeadline(request, today),
      haystack: `${request.title} ${request.requesterName} ${group} ${assignees} ${request.id}`.toLowerCase(),
    };
  });
}

/** One test per row, built once per filter change: an empty status list means every status. */
export function queueMatcher(filters: QueueFilters): (row: QueueRow) => boolean {
  const statuses = filters.statuses.length > 0 ? new Set(filters.statuses) : null;
  const words = filters.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return (row) =>
    (statuses === null || statuses.has(row.request.status)) &&
    (filters.group === null || row.group === filters.group) &&
    (filters.skill === null || row.request.skills.includes(filters.skill)) &&
    (!filters.overdueOnly || row.overdue) &&
    words.every((word) => row.haystack.includes(word));
}

/** The rows that pass every filter. */
export function filterQueue(rows: readonly QueueRow[], filters: QueueFilters): QueueRow[] {
  return rows.filter(queueMatcher(filters));
}

/** Departments and clients that occur in the queue, for the filter list. */
export function queueGroups(rows: readonly QueueRow[]): string[] {
  return [...new Set(rows.map((r) => r.group).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
