import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { weekKey, weekRange } from '../capacity/weeks.ts';
import type { IsoDate, IsoWeek, SupportRequest } from '../schemas/index.ts';

/** An unassigned request this many days or fewer before its deadline needs a decision now. */
export const CLOSE_TO_DEADLINE_DAYS = 3;

const isoDay = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');
const plusDays = (date: IsoDate, days: number): IsoDate => isoDay(addDays(parseISO(date), days));

/** Days since the request came in, up to the day it was closed (an old closed request stops ageing). */
export function ageInDays(request: SupportRequest, today: IsoDate): number {
  const end = request.closedOn ?? today;
  return Math.max(0, differenceInCalendarDays(parseISO(end), parseISO(request.createdOn)));
}

/** Promised work past its deadline. A deferral is a decision already taken, so it does not count. */
export function isOverdue(request: SupportRequest, today: IsoDate): boolean {
  const promised = request.status === 'new' || request.status === 'assigned' || request.status === 'in_progress';
  return promised && request.deadline !== null && request.deadline < today;
}

/** Nobody has it yet and the deadline is today or within the next few days. */
export function isUnassignedCloseToDeadline(
  request: SupportRequest,
  today: IsoDate,
  days = CLOSE_TO_DEADLINE_DAYS,
): boolean {
  return (
    request.status === 'new' &&
    request.deadline !== null &&
    request.deadline >= today &&
    request.deadline <= plusDays(today, days)
  );
}

/**
 * The dates the work can be planned in: from the window's start (never before today, the past
 * cannot be planned) to the deadline. Without a deadline, two weeks; past its deadline, this week.
 */
export function planningWindow(request: SupportRequest, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = request.windowFrom !== null && request.windowFrom > today ? request.windowFrom : today;
  if (request.deadline !== null && request.deadline >= from) return { from, to: request.deadline };
  return { from, to: plusDays(from, request.deadline === null ? 13 : 4) };
}

/** Every ISO week touched by a date range, in order. */
export function weeksBetween(from: IsoDate, to: IsoDate): IsoWeek[] {
  if (to < from) return [];
  const first = weekKey(from);
  const count = Math.floor(differenceInCalendarDays(parseISO(to), parseISO(from)) / 7) + 2;
  const last = weekKey(to);
  const weeks = weekRange(first, count);
  return weeks.slice(0, weeks.indexOf(last) + 1);
}
