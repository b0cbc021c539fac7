import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import type { Month, SupportRequest } from '../schemas/index.ts';

export const requestOutcomesSchema = z.object({
  done: z.number().int(),
  declined: z.number().int(),
  deferred: z.number().int(),
  /** Median calendar days from intake to done; null when nothing was done. */
  medianDaysToDone: z.number().nullable(),
  /** Average of the satisfaction scores given (1–5); null when none were given. */
  averageSatisfaction: z.number().nullable(),
  ratings: z.number().int(),
  /** Most frequent reasons for declining or deferring, most frequent first. */
  topReasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
});
export type RequestOutcomes = z.infer<typeof requestOutcomesSchema>;

/**
 * Which month a request's outcome belongs to: done and declined when they were closed; deferred
 * requests have no closing date, so they count in the month they came in.
 */
export function outcomeMonth(request: SupportRequest): Month | null {
  if (request.status === 'done' || request.status === 'declined')
    return (request.closedOn ?? request.createdOn).slice(0, 7);
  if (request.status === 'deferred') return request.createdOn.slice(0, 7);
  return null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function requestOutcomes(requests: readonly SupportRequest[], months: readonly Month[]): RequestOutcomes {
  const wanted = new Set(months);
  const inPeriod = requests.filter((r) => {
    const month = outcomeMonth(r);
    return month !== null && wanted.has(month);
  });
  const done = inPeriod.filter((r) => r.status === 'done');
  const days = done
    .filter((r) => r.closedOn)
    .map((r) => differenceInCalendarDays(parseISO(r.closedOn!), parseISO(r.createdOn)));
  const scores = done.map((r) => r.satisfaction).filter((s): s is number => s !== null);
  const reasons = new Map<string, number>();
  for (const r of inPeriod) {
    if (r.status !== 'done' && r.reason.trim()) reasons.set(r.reason.trim(), (reasons.get(r.reason.trim()) ?? 0) + 1);
  }
  return {
    done: done.length,
    declined: inPeriod.filter((r) => r.status === 'declined').length,
    deferred: inPeriod.filter((r) => r.status === 'deferred').length,
    medianDaysToDone: median(days),
    averageSatisfaction: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    ratings: scores.length,
    topReasons: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
      .slice(0, 3),
  };
}
