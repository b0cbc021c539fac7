import { z } from 'zod';
import { createRequestSchema, updateRequestSchema } from '../requests/intake.ts';
import { assignmentSchema, hoursSchema, idSchema, isoWeekSchema, textSchema } from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Update } from './snapshot.ts';

const byId = z.object({ id: idSchema }).strict();

/*
 * Ad-hoc support requests. Status changes carry only what the lead supplies; the rules of the
 * status flow (which move is allowed, what it needs) live in shared/requests and are checked by
 * the handlers, so a reason left empty is named as `reason`, not lost in a generic schema error.
 */
export const requestsOperations = {
  createRequest: operation<Update>()(createRequestSchema),
  updateRequest: operation<Update>()(updateRequestSchema),
  /** Sets who works on it in which weeks (replacing any earlier plan); the request becomes assigned. */
  assignRequest: operation<Update>()(
    z.object({ id: idSchema, assignments: z.array(assignmentSchema).max(200) }).strict(),
  ),
  startRequest: operation<Update>()(byId),
  completeRequest: operation<Update>()(
    z
      .object({
        id: idSchema,
        actualHours: hoursSchema.max(2000).nullable(),
        satisfaction: z.number().int().min(1).max(5).nullable().default(null),
      })
      .strict(),
  ),
  declineRequest: operation<Update>()(z.object({ id: idSchema, reason: textSchema }).strict()),
  deferRequest: operation<Update>()(
    z.object({ id: idSchema, week: isoWeekSchema.nullable(), reason: textSchema }).strict(),
  ),
  reopenRequest: operation<Update>()(byId),
  deleteRequest: operation<Update>()(byId),
};
