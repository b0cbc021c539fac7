import { z } from 'zod';
import { idSchema, isoDateSchema, isoWeekSchema, nameSchema } from './primitives.ts';

/** Why the lead decided a manager needs no cover after all. */
export const coverDismissReasonSchema = z.enum(['managerAway', 'notNeeded', 'arrangedElsewhere', 'other']);
export type CoverDismissReason = z.infer<typeof coverDismissReasonSchema>;

export const coverDismissalFieldsSchema = z.object({
  id: idSchema,
  /** The manager or team, as the support lines name them (managers are not people in the workspace). */
  supported: nameSchema,
  from: isoWeekSchema,
  to: isoWeekSchema,
  reason: coverDismissReasonSchema,
  note: z.string().trim().max(300).default(''),
  /** The day the lead decided: a dated fact, kept after the weeks have passed. */
  decidedOn: isoDateSchema,
});

/**
 * A gap in the cover view the lead has looked at and set aside, for one manager over a run of
 * weeks. Stored rather than hidden in the screen, so it survives a restart and can be undone.
 */
export const coverDismissalSchema = coverDismissalFieldsSchema.refine((d) => d.from <= d.to, {
  message: 'to: before from',
  path: ['to'],
});
export type CoverDismissal = z.infer<typeof coverDismissalSchema>;
