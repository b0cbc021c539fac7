import { z } from 'zod';
import { isoDateSchema, monthSchema } from './primitives.ts';

/**
 * One issue of a month's report: the whole monthly overview as it went out. It is stored as the
 * report model itself (shared/report/schema.ts, checked when it is made), kept loose here so that
 * schemas/ does not depend on the report code and a later report field cannot make an old issue
 * unreadable.
 */
export const reportIssueSchema = z.object({
  issuedOn: isoDateSchema,
  /** The first issue is the report as closed; later ones are "herzien" (revised). */
  revised: z.boolean(),
  overview: z.looseObject({ month: monthSchema }),
});
export type ReportIssue = z.infer<typeof reportIssueSchema>;

export const closingEventSchema = z.object({
  on: isoDateSchema,
  kind: z.enum(['closed', 'reissued', 'reopened']),
});

/**
 * A month the lead closed: from then on its figures are the ones reported, and a later edit shows as
 * a correction after closing instead of silently changing them. The id is the month, so a month is
 * closed once; reopening keeps the record (and its issues) and says so in `events`.
 */
export const closedMonthSchema = z.object({
  id: monthSchema,
  closed: z.boolean(),
  issues: z.array(reportIssueSchema).min(1),
  events: z.array(closingEventSchema).min(1),
});
export type ClosedMonth = z.infer<typeof closedMonthSchema>;
