import { z } from 'zod';
import { idSchema, isoDateSchema } from './primitives.ts';
import { supportRequestSchema } from './requests.ts';

/*
 * How a recurring request repeats. Weekly repeats on the start date's weekday every `interval`
 * weeks; monthly repeats on `day` (clamped to the month's last day, so the 31st is 28 February).
 * `until` ends the series: no occurrence after it.
 */
const ruleBase = { start: isoDateSchema, until: isoDateSchema.nullable().default(null) };
export const recurrenceRuleFieldsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly'), interval: z.number().int().min(1).max(52), ...ruleBase }),
  z.object({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31), ...ruleBase }),
]);
export const recurrenceRuleSchema = recurrenceRuleFieldsSchema.refine((r) => r.until === null || r.until >= r.start, {
  message: 'until: before start',
  path: ['until'],
});
export type RecurrenceRule = z.infer<typeof recurrenceRuleSchema>;

/** What every occurrence expects, as a new request asks it; the dates come from the rule. */
export const seriesTemplateSchema = supportRequestSchema
  .pick({
    title: true,
    requesterName: true,
    department: true,
    requesterEmail: true,
    requesterLanguage: true,
    clientId: true,
    goal: true,
    deliverable: true,
    estimatedHours: true,
    skills: true,
    urgency: true,
    requesterSupplies: true,
    doneWhen: true,
  })
  .extend({
    /** Days before the deadline the window opens (from the first occurrence's window), or none. */
    leadDays: z.number().int().min(0).max(366).nullable().default(null),
  });
export type SeriesTemplate = z.infer<typeof seriesTemplateSchema>;

/**
 * A recurring request. Its occurrences are ordinary requests (with `seriesId`), planned ahead a few
 * at a time, so capacity, the queue and the reports need not know about series at all.
 */
export const requestSeriesSchema = z.object({
  id: idSchema,
  rule: recurrenceRuleSchema,
  template: seriesTemplateSchema,
  /**
   * The last occurrence date planned. Planning only adds dates after it, so an occurrence the lead
   * deleted or declined is never planned again, and planning twice adds nothing.
   */
  plannedThrough: isoDateSchema.nullable().default(null),
  createdOn: isoDateSchema,
});
export type RequestSeries = z.infer<typeof requestSeriesSchema>;
