import { z } from 'zod';
import {
  hoursSchema,
  idSchema,
  isoDateSchema,
  languageSchema,
  nameSchema,
  skillSchema,
  textSchema,
  urgencySchema,
} from '../schemas/index.ts';

/*
 * What the intake asks for. A new request must make expectations explicit from day one (goal,
 * deliverable, deadline, estimate, "done when"); work logged after the fact only needs what it took.
 */

export const REQUIRED = 'Required';
export const NEED_REQUESTER_UNIT = 'Give a department or a client';
export const DEADLINE_BEFORE_WINDOW = 'Deadline is before the start of the window';

const filledText = z.string().trim().min(1, REQUIRED).max(4000);
const positiveHours = hoursSchema.max(2000).refine((h) => h > 0, REQUIRED);

const sharedFields = {
  title: nameSchema,
  requesterName: nameSchema,
  department: z.string().trim().max(120).default(''),
  requesterEmail: z.union([z.literal(''), z.email()]).default(''),
  requesterLanguage: languageSchema.default('nl'),
  clientId: idSchema.nullable().default(null),
  windowFrom: isoDateSchema.nullable().default(null),
  skills: z.array(skillSchema).max(20).default([]),
  urgency: urgencySchema.default('normal'),
  requesterSupplies: textSchema.default(''),
};

/** A request as it comes in: every expectation filled in. */
export const intakeFieldsSchema = z.object({
  ...sharedFields,
  goal: filledText,
  deliverable: filledText,
  deadline: isoDateSchema,
  estimatedHours: positiveHours,
  doneWhen: filledText,
  /** When the request arrived, if it came in by mail earlier than today. */
  receivedOn: isoDateSchema.nullable().default(null),
});

/** Support already given (a phone call, a favour in the corridor), entered so it counts all the same. */
export const loggedFieldsSchema = z.object({
  ...sharedFields,
  goal: textSchema.default(''),
  deliverable: textSchema.default(''),
  deadline: isoDateSchema.nullable().default(null),
  estimatedHours: hoursSchema.max(2000).default(0),
  doneWhen: textSchema.default(''),
  /** Who did it; their hours then show in the capacity of the week it was done. */
  doneBy: idSchema.nullable().default(null),
  closedOn: isoDateSchema,
  actualHours: positiveHours,
  satisfaction: z.number().int().min(1).max(5).nullable().default(null),
});

/** Editing keeps to what every stored request has, so an old, sparsely filled request can still be corrected. */
export const editableFieldsSchema = z.object({
  ...sharedFields,
  goal: textSchema,
  deliverable: textSchema,
  deadline: isoDateSchema.nullable(),
  estimatedHours: hoursSchema.max(2000),
  doneWhen: textSchema,
});

type CrossFields = { department: string; clientId: string | null; windowFrom: string | null; deadline: string | null };

/** The checks that span fields; also run by the form so all problems show at once. */
export function intakeProblems(values: CrossFields): { field: keyof CrossFields; message: string }[] {
  const problems: { field: keyof CrossFields; message: string }[] = [];
  if (!values.department.trim() && !values.clientId)
    problems.push({ field: 'department', message: NEED_REQUESTER_UNIT });
  if (values.windowFrom && values.deadline && values.deadline < values.windowFrom) {
    problems.push({ field: 'deadline', message: DEADLINE_BEFORE_WINDOW });
  }
  return problems;
}

export function withIntakeCheck<T extends z.ZodType<CrossFields>>(schema: T) {
  return schema.superRefine((values, ctx) => {
    for (const p of intakeProblems(values)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
}

export const createRequestSchema = withIntakeCheck(
  z.discriminatedUnion('loggedAfterTheFact', [
    intakeFieldsSchema.extend({ loggedAfterTheFact: z.literal(false) }),
    loggedFieldsSchema.extend({ loggedAfterTheFact: z.literal(true) }),
  ]),
);
export type CreateRequestInput = z.input<typeof createRequestSchema>;

export const updateRequestSchema = withIntakeCheck(editableFieldsSchema.extend({ id: idSchema }));
export type UpdateRequestInput = z.input<typeof updateRequestSchema>;
