import { z } from 'zod';
import {
  hoursSchema,
  idSchema,
  isoWeekSchema,
  leaveFieldsSchema,
  structuralSupportFieldsSchema,
  withPeriodCheck,
} from '../schemas/index.ts';
import { operation } from './define.ts';
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
  addLeave: operation<Update>()(withPeriodCheck(leaveFieldsSchema.omit({ id: true }))),
  updateLeave: operation<Update>()(withPeriodCheck(leaveFieldsSchema)),
  removeLeave: operation<Update>()(byId),
  /** The backup (or another person) covers a manager for one week while the usual secretary is away. */
  acceptCover: operation<Update>()(
    z.object({ structuralId: idSchema, week: isoWeekSchema, personId: idSchema, hours: hoursSchema.max(80) }).strict(),
  ),
};
