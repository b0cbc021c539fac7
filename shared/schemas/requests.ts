import { z } from 'zod';
import { hoursSchema, idSchema, isoDateSchema, isoWeekSchema, nameSchema, textSchema } from './primitives.ts';
import { skillSchema } from './people.ts';
import { languageSchema } from './settings.ts';

export const requestStatusSchema = z.enum(['new', 'assigned', 'in_progress', 'done', 'declined', 'deferred']);
export type RequestStatus = z.infer<typeof requestStatusSchema>;
export const urgencySchema = z.enum(['low', 'normal', 'high']);

export const assignmentSchema = z.object({ personId: idSchema, week: isoWeekSchema, hours: hoursSchema.max(80) });
export type Assignment = z.infer<typeof assignmentSchema>;

export const supportRequestSchema = z.object({
  id: idSchema,
  title: nameSchema,
  requesterName: nameSchema,
  department: z.string().trim().max(120).default(''),
  /** Where mail drafts go; defaulted so requests stored before it existed load unchanged. */
  requesterEmail: z.union([z.literal(''), z.email()]).default(''),
  /** The language mail drafts to this requester are written in. */
  requesterLanguage: languageSchema.default('nl'),
  clientId: idSchema.nullable().default(null),
  goal: textSchema.default(''),
  deliverable: textSchema.default(''),
  windowFrom: isoDateSchema.nullable().default(null),
  deadline: isoDateSchema.nullable(),
  estimatedHours: hoursSchema.max(2000),
  skills: z.array(skillSchema).max(20).default([]),
  urgency: urgencySchema.default('normal'),
  requesterSupplies: textSchema.default(''),
  doneWhen: textSchema.default(''),
  status: requestStatusSchema,
  createdOn: isoDateSchema,
  closedOn: isoDateSchema.nullable().default(null),
  reason: textSchema.default(''),
  deferredTo: isoWeekSchema.nullable().default(null),
  assignments: z.array(assignmentSchema).default([]),
  actualHours: hoursSchema.max(2000).nullable().default(null),
  satisfaction: z.number().int().min(1).max(5).nullable().default(null),
  loggedAfterTheFact: z.boolean().default(false),
  /**
   * The series this request is an occurrence of, and the date it was planned for; absent on a
   * one-off (optional rather than defaulted: snapshots are read without the schema).
   */
  seriesId: idSchema.optional(),
  occurrenceDate: isoDateSchema.optional(),
});
export type SupportRequest = z.infer<typeof supportRequestSchema>;
