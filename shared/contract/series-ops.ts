import { z } from 'zod';
import { intakeFieldsSchema, NEED_REQUESTER_UNIT, updateRequestSchema } from '../requests/intake.ts';
import { idSchema, recurrenceRuleSchema, seriesTemplateSchema } from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Update } from './snapshot.ts';

/** A series expects what a new request does: the intake's required fields are required here too. */
export const newSeriesTemplateSchema = seriesTemplateSchema
  .extend({
    goal: intakeFieldsSchema.shape.goal,
    deliverable: intakeFieldsSchema.shape.deliverable,
    doneWhen: intakeFieldsSchema.shape.doneWhen,
    estimatedHours: intakeFieldsSchema.shape.estimatedHours,
  })
  .refine((t) => t.department.trim() !== '' || t.clientId !== null, {
    message: NEED_REQUESTER_UNIT,
    path: ['department'],
  });

export const createSeriesSchema = z.object({ rule: recurrenceRuleSchema, template: newSeriesTemplateSchema }).strict();
export type CreateSeriesInput = z.input<typeof createSeriesSchema>;

/*
 * Recurring requests. A series plans its occurrences as ordinary requests; editing one of them is
 * an ordinary `updateRequest` ("only this one"), these operations act on the series itself.
 */
export const seriesOperations = {
  /** Stores the series and plans its first occurrences. */
  createSeries: operation<Update>()(createSeriesSchema),
  /** Plans the occurrences that have come within reach since the last time. */
  planSeries: operation<Update>()(z.object({}).strict()),
  /** "This one and the following": edits this occurrence, the series, and its later untouched occurrences. */
  changeSeriesFrom: operation<Update>()(updateRequestSchema),
  /** Ends the series after this occurrence. */
  stopSeries: operation<Update>()(z.object({ id: idSchema }).strict()),
};
