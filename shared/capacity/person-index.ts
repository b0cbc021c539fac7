import type {
  Assignment,
  Leave,
  Placement,
  RequestStatus,
  StructuralSupport,
  SupportRequest,
  Workspace,
} from '../schemas/index.ts';
import type { PackedLeave } from './availability.ts';

/** Everything that moves one person's capacity, gathered in a single pass over the workspace. */
export type PersonAllocations = {
  structural: readonly StructuralSupport[];
  placements: readonly Placement[];
  leave: readonly Leave[];
  /** Ad-hoc work as parallel lists (no object per entry: there are tens of thousands at 500 people). */
  adhocRequests: readonly SupportRequest[];
  adhocAssignments: readonly Assignment[];
  /**
   * When given: the ad-hoc hours per week of the span, already summed from the lists in their
   * order, so a row that collects no items need not read the assignments again.
   */
  adhocWeekly?: Float64Array;
  /** When given: the leave as numbers (`packLeave`), read instead of the records by a row that collects no items. */
  leavePacked?: PackedLeave;
};

type ListKey = Exclude<keyof PersonAllocations, 'adhocWeekly' | 'leavePacked'>;
type Collecting = { [K in ListKey]: PersonAllocations[K] extends readonly (infer T)[] ? T[] : never };

/**
 * Only work someone has taken on uses hours; new, declined and deferred requests are no load yet.
 * Compared one by one rather than looked up in a set: a status parsed from JSON is its own string,
 * and hashing it for a set lookup was most of the cost for each of tens of thousands of requests.
 */
export function loadsHours(request: SupportRequest): boolean {
  const status: RequestStatus = request.status;
  return status === 'assigned' || status === 'in_progress' || status === 'done';
}

export const noAllocations: PersonAllocations = Object.freeze(emptyAllocations());

function emptyAllocations(): Collecting {
  return {
    structural: [],
    placements: [],
    leave: [],
    adhocRequests: [],
    adhocAssignments: [],
  };
}

function pushAdhoc(target: Collecting, request: SupportRequest, assignment: Assignment): void {
  target.adhocRequests.push(request);
  target.adhocAssignments.push(assignment);
}

export function indexByPerson(workspace: Workspace): Map<string, PersonAllocations> {
  const index = new Map<string, Collecting>();
  const entry = (personId: string): Collecting => {
    let found = index.get(personId);
    if (!found) {
      found = emptyAllocations();
      index.set(personId, found);
    }
    return found;
  };
  for (const s of workspace.structural) entry(s.personId).structural.push(s);
  for (const p of workspace.placements) entry(p.personId).placements.push(p);
  for (const l of workspace.leave) entry(l.personId).leave.push(l);
  for (const request of workspace.requests) {
    if (!loadsHours(request)) continue;
    for (const assignment of request.assignments) pushAdhoc(entry(assignment.personId), request, assignment);
  }
  return index;
}

export function allocationsOf(workspace: Workspace, personId: string): PersonAllocations {
  const byId = <T extends { personId: string }>(items: readonly T[]): T[] =>
    items.filter((item) => item.personId === personId);
  const result = emptyAllocations();
  result.structural = byId(workspace.structural);
  result.placements = byId(workspace.placements);
  result.leave = byId(workspace.leave);
  for (const request of workspace.requests) {
    if (!loadsHours(request)) continue;
    for (const assignment of request.assignments) {
      if (assignment.personId === personId) pushAdhoc(result, request, assignment);
    }
  }
  return result;
}
