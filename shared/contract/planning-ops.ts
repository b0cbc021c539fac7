import { z } from 'zod';
import {
  coverDismissalFieldsSchema,
  hoursSchema,
  idSchema,
  isoWeekSchema,
  leaveFieldsSchema,
  structuralSupportFieldsSchema,
  withPeriodCheck,
} from '../schemas/index.ts';
import { operation } from './define.ts';
import type { ExportFile } from './report-ops.ts';
import type { Update } from './snapshot.ts';

const byId = z.object({ id: idSchema }).strict();

/** Structural support and leave: the standing commitments and absences behind every capacity cell. */
export const planningOperations = {
  addStructural: operation<Update>()(withPeriodCheck(structuralSupportFieldsSchema.omit({ id: true }))),
  updateStructural: operation<Update>()(withPeriodCheck(structuralSupportFieldsSchema)),
  removeStructural: operation<Update>()(byId),
  /** Changes (hours) or restores (null) one week of a weekly support line, leaving every other week alone. */
  setStructuralWeek: operation<Update>()(
    z.object({ id: idSchema, week: isoWeekSchema, hours: hoursSchema.max(80).nullable() }).strict(),
  ),
  /**
   * The capacity grid as shown (its weeks, the people in the order shown, with or without proposed
   * placements) as an XLSX in the grid's colours with a legend; texts in the preferences' language.
   */
  exportCapacityGrid: operation<{ files: ExportFile[] }>()(
    z
      .object({
        firstWeek: isoWeekSchema,
        weeks: z.number().int().min(1).max(52),
        personIds: z.array(idSchema).max(5000),
        includeProposed: z.boolean(),
      })
      .strict(),
  ),
  addLeave: operation<Update>()(withPeriodCheck(leaveFieldsSchema.omit({ id: true }))),
  updateLeave: operation<Update>()(withPeriodCheck(leaveFieldsSchema)),
  removeLeave: operation<Update>()(byId),
  /**
   * One or two people cover a manager for a run of weeks while the usual secretary is away: the
   * backup, someone else, or the hours split over two.
   */
  acceptCover: operation<Update>()(
    z
      .object({
        structuralId: idSchema,
        from: isoWeekSchema,
        to: isoWeekSchema,
        covers: z
          .array(z.object({ personId: idSchema, hours: hoursSchema.min(0.25).max(80) }).strict())
          .min(1)
          .max(2),
      })
      .strict()
      .refine((c) => c.from <= c.to, { message: 'to: before from', path: ['to'] })
      .refine((c) => new Set(c.covers.map((x) => x.personId)).size === c.covers.length, {
        message: 'covers: two different people',
        path: ['covers'],
      }),
  ),
  /** The lead sets a manager's gap aside for a run of weeks, with a reason; kept as a dated record. */
  dismissCover: operation<Update>()(
    coverDismissalFieldsSchema
      .omit({ id: true, decidedOn: true })
      .strict()
      .refine((d) => d.from <= d.to, { message: 'to: before from', path: ['to'] }),
  ),
  /** Takes a dismissal back: the gap shows again. */
  restoreCover: operation<Update>()(byId),
};
