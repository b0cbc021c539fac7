import { weekKey } from '../capacity/weeks.ts';
import type { Assignment, IsoDate, IsoWeek, RequestStatus, SupportRequest } from '../schemas/index.ts';
import { mergeAssignments } from './split.ts';

/** A change of status, with what the lead has to supply for it. */
export type RequestAction =
  | { kind: 'assign'; assignments: readonly Assignment[] }
  | { kind: 'start' }
  | { kind: 'complete'; actualHours: number | null; satisfaction: number | null }
  | { kind: 'decline'; reason: string }
  | { kind: 'defer'; week: IsoWeek | null; reason: string }
  | { kind: 'reopen' };
export type ActionKind = RequestAction['kind'];

/** Which rule was broken; `rule` is a stable key the UI translates, `message` speaks to API callers. */
export type RuleName =
  | 'notAllowed'
  | 'noAssignments'
  | 'hoursPositive'
  | 'actualHoursRequired'
  | 'satisfactionRange'
  | 'reasonRequired'
  | 'weekRequired'
  | 'weekNotLater';
export type RuleViolation = { field: string; rule: RuleName; message: string };
export type ActionResult = { ok: true; request: SupportRequest } | { ok: false; violation: RuleViolation };

/** Work still on the secretariat's plate; the rest is settled. */
export const openStatuses: readonly RequestStatus[] = ['new', 'assigned', 'in_progress', 'deferred'];

/*
 * The status flow: new → assigned → in progress → done, with declined and deferred as the two
 * honest ways of saying no. Work that has started is finished or stopped (declined), not postponed.
 */
const allowedFrom: Record<ActionKind, readonly RequestStatus[]> = {
  assign: ['new', 'assigned', 'in_progress', 'deferred'],
  start: ['assigned'],
  complete: ['assigned', 'in_progress'],
  decline: ['new', 'assigned', 'in_progress', 'deferred'],
  defer: ['new', 'assigned', 'deferred'],
  reopen: ['declined', 'deferred', 'done'],
};

const actionOrder: readonly ActionKind[] = ['assign', 'start', 'complete', 'defer', 'decline', 'reopen'];

/** The actions the lead can take on a request in this status, in the order the UI offers them. */
export function actionsFor(status: RequestStatus): ActionKind[] {
  return actionOrder.filter((kind) => allowedFrom[kind].includes(status));
}

function violation(field: string, rule: RuleName, message: string): ActionResult {
  return { ok: false, violation: { field, rule, message: `${field}: ${message}` } };
}

/**
 * Applies one status change to a request, or says which rule it breaks. Pure: the caller stores
 * the result. `today` stamps closing dates and decides which weeks count as "later".
 */
export function applyAction(request: SupportRequest, action: RequestAction, today: IsoDate): ActionResult {
  if (!allowedFrom[action.kind].includes(request.status)) {
    return violation('status', 'notAllowed', `a request that is ${request.status} cannot be given "${action.kind}"`);
  }
  const base: SupportRequest = { ...request, reason: '', deferredTo: null };
  switch (action.kind) {
    case 'assign': {
      const bad = action.assignments.findIndex((a) => !(a.hours > 0));
      if (bad >= 0) return violation(`assignments.${bad}.hours`, 'hoursPositive', 'each share needs more than 0 hours');
      const assignments = mergeAssignments(action.assignments);
      if (assignments.length === 0)
        return violation('assignments', 'noAssignments', 'assign at least one person for some hours');
      // Re-planning running work keeps it running; anything else is now planned.
      const status = request.status === 'in_progress' ? 'in_progress' : 'assigned';
      return { ok: true, request: { ...base, status, assignments } };
    }
    case 'start':
      return { ok: true, request: { ...base, status: 'in_progress' } };
    case 'complete': {
      if (action.actualHours === null || !(action.actualHours > 0)) {
        return violation('actualHours', 'actualHoursRequired', 'a finished request needs the hours actually spent');
      }
      const s = action.satisfaction;
      if (s !== null && !(Number.isInteger(s) && s >= 1 && s <= 5)) {
        return violation('satisfaction', 'satisfactionRange', 'satisfaction is a whole number from 1 to 5');
      }
      return {
        ok: true,
        request: { ...base, status: 'done', actualHours: action.actualHours, satisfaction: s, closedOn: today },
      };
    }
    case 'decline': {
      const reason = action.reason.trim();
      if (!reason) return violation('reason', 'reasonRequired', 'saying no needs a reason the requester can read');
      // Declined work holds no hours, and must not count as "helped this requester before".
      return { ok: true, request: { ...base, status: 'declined', reason, closedOn: today, assignments: [] } };
    }
    case 'defer': {
      const reason = action.reason.trim();
      if (action.week === null) return violation('week', 'weekRequired', 'choose the week the request is deferred to');
      if (action.week <= weekKey(today)) return violation('week', 'weekNotLater', 'defer to a week after this one');
      if (!reason) return violation('reason', 'reasonRequired', 'deferring needs a reason the requester can read');
      // Hours planned in weeks the work is no longer done in would be wrong; it is planned again when its week comes.
      return { ok: true, request: { ...base, status: 'deferred', reason, deferredTo: action.week, assignments: [] } };
    }
    case 'reopen':
      return {
        ok: true,
        request: {
          ...base,
          status: request.assignments.length > 0 ? 'assigned' : 'new',
          closedOn: null,
          actualHours: null,
          satisfaction: null,
        },
      };
  }
}

/** What a stored request must satisfy whatever route it came by (a form, an import, after the fact). */
export function violationsOf(request: SupportRequest): RuleViolation[] {
  const found: RuleViolation[] = [];
  const add = (field: string, rule: RuleName, message: string) =>
    found.push({ field, rule, message: `${field}: ${message}` });
  if (request.status === 'done' && !(request.actualHours !== null && request.actualHours > 0)) {
    add('actualHours', 'actualHoursRequired', 'a finished request needs the hours actually spent');
  }
  if ((request.status === 'declined' || request.status === 'deferred') && !request.reason.trim()) {
    add('reason', 'reasonRequired', `a ${request.status} request needs a reason`);
  }
  if (request.status === 'deferred' && request.deferredTo === null)
    add('deferredTo', 'weekRequired', 'a deferred request needs a week');
  if ((request.status === 'assigned' || request.status === 'in_progress') && request.assignments.length === 0) {
    add('assignments', 'noAssignments', 'assigned work needs at least one person');
  }
  return found;
}
