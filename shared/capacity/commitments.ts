import type { IsoDate, IsoWeek } from '../schemas/index.ts';
import { workedHours, type PersonWeeks } from './availability.ts';
import type { Assignment, SupportRequest } from '../schemas/index.ts';
import type { PersonAllocations } from './person-index.ts';
import type { Span } from './span.ts';
import { offsetOf, weekPosition } from './span.ts';

/*
 * Pro rata: a weekly allocation (structural support or placement) that starts or ends mid-week
 * counts
 *   weekly hours × (the person's contract hours on the days of the week inside the period)
 *                / (the person's contract hours in the full week).
 * Weighting by the person's own working days rather than calendar days means that support
 * starting on a Wednesday for someone who works Mon/Tue/Thu costs 8/24 of its hours, not 5/7.
 * Days the person is not active (before joining, after leaving) count as outside the period.
 * Public holidays and leave take their share out too: nobody supports a manager or works at a
 * client on a day off, and revenue counts the same worked hours. A manager left without their
 * secretary shows up in the cover view instead of as a red, "over-booked" cell.
 * For a person whose contract has no hours at all that week, calendar days weigh instead, so an
 * allocation to them still shows up as over-booking rather than vanishing.
 */
function shareOfWeek(span: Span, pw: PersonWeeks, w: number, first: number, last: number): number {
  const lo = Math.max(first, w * 7);
  const hi = Math.min(last, w * 7 + 6);
  if (lo > hi) return 0;
  const nominal = pw.nominal[w] ?? 0;
  if (nominal > 0) return workedHours(span, pw, lo, hi) / nominal;
  const activeDays = Math.min(hi, pw.activeLast) - Math.max(lo, pw.activeFirst) + 1;
  return Math.max(0, activeDays) / 7;
}

/** The share a whole week carries: below 1 in weeks with holidays, leave, joining or leaving. */
function fillFullShares(span: Span, pw: PersonWeeks): void {
  for (let w = 0; w < span.weeks; w++) {
    const nominal = pw.nominal[w] ?? 0;
    const worked = (pw.contract[w] ?? 0) - (pw.holiday[w] ?? 0) - (pw.leave[w] ?? 0);
    pw.fullShare[w] = nominal > 0 ? worked / nominal : shareOfWeek(span, pw, w, w * 7, w * 7 + 6);
  }
}

type Exception = { week: IsoWeek; hours: number };
type Recurring = { from: IsoDate; to: IsoDate | null; hoursPerWeek: number; exceptions?: readonly Exception[] };

const noPositions: readonly number[] = [];

/** Span positions of an item's exceptions, looked up once per item rather than once per week. */
function exceptionPositions(span: Span, item: Recurring): readonly number[] {
  const exceptions = item.exceptions;
  return exceptions && exceptions.length > 0 ? exceptions.map((e) => weekPosition(span, e.week)) : noPositions;
}

/** An exception replaces the weekly hours of its week; the last one entered for a week wins. */
function exceptionIndex(positions: readonly number[], w: number): number {
  for (let i = positions.length - 1; i >= 0; i--) if (positions[i] === w) return i;
  return -1;
}

function weeklyHours(item: Recurring, positions: readonly number[], w: number): number {
  const i = exceptionIndex(positions, w);
  return i < 0 ? item.hoursPerWeek : (item.exceptions?.[i]?.hours ?? item.hoursPerWeek);
}

export type RecurringCollector = (hours: number, exception: boolean) => void;

/**
 * Adds one weekly allocation to `out`. Whole weeks in the middle go through `steps` (a difference
 * array settled by `settle`), so a long allocation costs O(1) instead of one write per week; only
 * the partial first and last weeks and exception weeks are computed one by one.
 */
function addRecurring(
  span: Span,
  pw: PersonWeeks,
  item: Recurring,
  out: Float64Array,
  steps: Float64Array,
  collect?: RecurringCollector,
): void {
  const first = Math.max(0, offsetOf(span, item.from));
  const last = item.to === null ? span.days - 1 : Math.min(span.days - 1, offsetOf(span, item.to));
  if (first > last) return;
  const wFirst = (first / 7) | 0;
  const wLast = (last / 7) | 0;
  const positions = exceptionPositions(span, item);
  if (collect) {
    let total = 0;
    let exception = false;
    for (let w = wFirst; w <= wLast; w++) {
      const v = weeklyHours(item, positions, w) * shareOfWeek(span, pw, w, first, last);
      out[w] = (out[w] ?? 0) + v;
      total += v;
      exception ||= exceptionIndex(positions, w) >= 0;
    }
    collect(total, exception);
    return;
  }
  const midFirst = first > wFirst * 7 ? wFirst + 1 : wFirst;
  const midLast = last < wLast * 7 + 6 ? wLast - 1 : wLast;
  if (midFirst > wFirst) {
    out[wFirst] =
      (out[wFirst] ?? 0) + weeklyHours(item, positions, wFirst) * shareOfWeek(span, pw, wFirst, first, last);
  }
  if (midLast < wLast && wLast >= midFirst) {
    out[wLast] = (out[wLast] ?? 0) + weeklyHours(item, positions, wLast) * shareOfWeek(span, pw, wLast, first, last);
  }
  if (midFirst > midLast) return;
  steps[midFirst] = (steps[midFirst] ?? 0) + item.hoursPerWeek;
  steps[midLast + 1] = (steps[midLast + 1] ?? 0) - item.hoursPerWeek;
  for (let i = 0; i < positions.length; i++) {
    const w = positions[i] ?? -1;
    if (w < midFirst || w > midLast || exceptionIndex(positions, w) !== i) continue;
    out[w] = (out[w] ?? 0) + (weeklyHours(item, positions, w) - item.hoursPerWeek) * (pw.fullShare[w] ?? 0);
  }
}

function settle(span: Span, pw: PersonWeeks, out: Float64Array, steps: Float64Array): void {
  let running = 0;
  for (let w = 0; w < span.weeks; w++) {
    running += steps[w] ?? 0;
    if (running !== 0) out[w] = (out[w] ?? 0) + running * (pw.fullShare[w] ?? 0);
  }
}

export type CommitmentCollector = {
  structural(item: PersonAllocations['structural'][number], hours: number, exception: boolean): void;
  placement(item: PersonAllocations['placements'][number], hours: number): void;
  adhoc(request: SupportRequest, assignment: Assignment): void;
};

export type CommitmentSteps = { structural: Float64Array; confirmed: Float64Array; proposed: Float64Array };

/** Collectors receive each item's hours summed over the whole span (one week for a breakdown). */
export function fillCommitments(
  span: Span,
  pw: PersonWeeks,
  allocations: PersonAllocations,
  steps: CommitmentSteps,
  collect?: CommitmentCollector,
): void {
  pw.structural.fill(0);
  pw.placementsConfirmed.fill(0);
  pw.placementsProposed.fill(0);
  pw.adhoc.fill(0);
  steps.structural.fill(0);
  steps.confirmed.fill(0);
  steps.proposed.fill(0);
  fillFullShares(span, pw);
  for (const s of allocations.structural) {
    const onItem = collect && ((h: number, e: boolean) => collect.structural(s, h, e));
    addRecurring(span, pw, s, pw.structural, steps.structural, onItem);
  }
  for (const p of allocations.placements) {
    // An ended placement was real work up to its end date, so it counts as confirmed.
    const proposed = p.status === 'proposed';
    const out = proposed ? pw.placementsProposed : pw.placementsConfirmed;
    const onItem = collect && ((h: number) => collect.placement(p, h));
    addRecurring(span, pw, p, out, proposed ? steps.proposed : steps.confirmed, onItem);
  }
  settle(span, pw, pw.structural, steps.structural);
  settle(span, pw, pw.placementsConfirmed, steps.confirmed);
  settle(span, pw, pw.placementsProposed, steps.proposed);
  const { adhocRequests, adhocAssignments, adhocWeekly } = allocations;
  if (adhocWeekly && !collect) {
    pw.adhoc.set(adhocWeekly);
    return;
  }
  for (let i = 0; i < adhocAssignments.length; i++) {
    const assignment = adhocAssignments[i];
    if (!assignment) continue;
    const w = weekPosition(span, assignment.week);
    if (w < 0) continue;
    pw.adhoc[w] = (pw.adhoc[w] ?? 0) + assignment.hours;
    const request = adhocRequests[i];
    if (collect && request) collect.adhoc(request, assignment);
  }
}
