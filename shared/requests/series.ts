import { dayIndex, isoDateOf } from '../capacity/day-index.ts';
import type {
  IsoDate,
  RecurrenceRule,
  RequestSeries,
  SeriesTemplate,
  Settings,
  SupportRequest,
} from '../schemas/index.ts';
import { occurrences, type Occurrence } from './recurrence.ts';

/** A series is planned this far ahead, and at least this many occurrences, so a monthly one shows more than the next. */
export const HORIZON_DAYS = 56;
export const MIN_AHEAD = 3;

type NewRequest = Omit<SupportRequest, 'id'>;

/** The next dates to plan: after what was planned already (and not before today), within the horizon. */
export function datesToPlan(
  rule: RecurrenceRule,
  plannedThrough: IsoDate | null,
  settings: Pick<Settings, 'holidayRules'>,
  today: IsoDate,
): Occurrence[] {
  const horizon = isoDateOf(dayIndex(today) + HORIZON_DAYS);
  const after = plannedThrough !== null && plannedThrough >= today ? plannedThrough : isoDateOf(dayIndex(today) - 1);
  let ahead = 0;
  return occurrences(rule, settings, (next) => {
    if (next.date < today) return true;
    // Counted from today, planned or not, so a series already three ahead gets nothing more yet.
    ahead += 1;
    return next.date <= horizon || ahead <= MIN_AHEAD;
  }).filter((o) => o.date > after);
}

/** An occurrence as an ordinary new request: due on its date, its window opening the template's lead days before. */
export function occurrenceRequest(
  series: Pick<RequestSeries, 'id' | 'template'>,
  date: IsoDate,
  today: IsoDate,
): NewRequest {
  const { leadDays, ...expectations } = series.template;
  return {
    ...expectations,
    skills: [...expectations.skills],
    windowFrom: leadDays === null ? null : isoDateOf(dayIndex(date) - leadDays),
    deadline: date,
    status: 'new',
    createdOn: today,
    closedOn: null,
    reason: '',
    deferredTo: null,
    assignments: [],
    actualHours: null,
    satisfaction: null,
    loggedAfterTheFact: false,
    seriesId: series.id,
    occurrenceDate: date,
  };
}

/**
 * What planning adds: the new occurrences and how far the series is then planned. Idempotent: a date
 * already planned (or an occurrence deleted or declined since) is never planned again.
 */
export function planSeries(
  series: RequestSeries,
  requests: readonly SupportRequest[],
  settings: Pick<Settings, 'holidayRules'>,
  today: IsoDate,
): { add: NewRequest[]; plannedThrough: IsoDate | null } {
  const taken = new Set(requests.filter((r) => r.seriesId === series.id).map((r) => r.occurrenceDate));
  const dates = datesToPlan(series.rule, series.plannedThrough, settings, today);
  const add = dates.filter((o) => !taken.has(o.date)).map((o) => occurrenceRequest(series, o.date, today));
  return { add, plannedThrough: dates.at(-1)?.date ?? series.plannedThrough };
}

/** Whether opening the queue should plan anything: checked before writing, so a visit writes nothing when all is planned. */
export function seriesDue(
  series: readonly RequestSeries[],
  requests: readonly SupportRequest[],
  settings: Pick<Settings, 'holidayRules'>,
  today: IsoDate,
): boolean {
  return series.some((s) => planSeries(s, requests, settings, today).add.length > 0);
}

/** Not yet picked up: nobody planned on it, not started, not closed. Only these follow a change to the series. */
export function untouched(request: SupportRequest): boolean {
  return request.status === 'new' && request.assignments.length === 0;
}

/** The days between window and deadline, kept as the lead of every later occurrence. */
export function leadDaysOf(windowFrom: IsoDate | null, deadline: IsoDate | null): number | null {
  if (windowFrom === null || deadline === null || windowFrom > deadline) return null;
  return dayIndex(deadline) - dayIndex(windowFrom);
}

/**
 * "This and the following": the series takes the edited expectations; later occurrences nobody
 * has picked up yet are rewritten to them (each keeping its own date); earlier ones and ones
 * already under way stay as they were.
 */
export function changeFrom(
  series: RequestSeries,
  from: IsoDate,
  template: SeriesTemplate,
  requests: readonly SupportRequest[],
): { series: RequestSeries; rewrite: SupportRequest[] } {
  const next = { ...series, template };
  const rewrite = requests
    .filter(
      (r) => r.seriesId === series.id && r.occurrenceDate !== undefined && r.occurrenceDate > from && untouched(r),
    )
    .map((r) => ({ ...occurrenceRequest(next, r.occurrenceDate!, r.createdOn), id: r.id }));
  return { series: next, rewrite };
}

/** Stopping after a date: no occurrence after it is planned, and the untouched ones after it go. */
export function stopAfter(
  series: RequestSeries,
  last: IsoDate,
  requests: readonly SupportRequest[],
): { series: RequestSeries; remove: string[] } {
  const until = last < series.rule.start ? series.rule.start : last;
  const remove = requests
    .filter(
      (r) => r.seriesId === series.id && r.occurrenceDate !== undefined && r.occurrenceDate > until && untouched(r),
    )
    .map((r) => r.id);
  return { series: { ...series, rule: { ...series.rule, until } }, remove };
}
