import { z } from 'zod';
import {
  hoursSchema,
  idSchema,
  isoDateSchema,
  isoWeekSchema,
  nameSchema,
  weekdayHoursSchema,
  withPeriodCheck,
} from './primitives.ts';

export const skillSchema = z.string().trim().min(1).max(40);

/** A contract applies from its date until the next one starts, so a new contract never rewrites earlier weeks. */
export const contractSchema = z.object({
  from: isoDateSchema,
  hours: weekdayHoursSchema,
});
export type Contract = z.infer<typeof contractSchema>;

export const personFieldsSchema = z.object({
  id: idSchema,
  name: nameSchema,
  email: z.union([z.literal(''), z.email()]).default(''),
  skills: z.array(skillSchema).max(50),
  contracts: z.array(contractSchema).min(1, 'A person needs at least one contract'),
  activeFrom: isoDateSchema,
  activeTo: isoDateSchema.nullable(),
});

/** The end check is applied to each variant (with or without id) because zod cannot omit fields from a refined schema. */
export function withActivePeriodCheck<T extends z.ZodType<{ activeFrom: string; activeTo: string | null }>>(schema: T) {
  return schema.refine((p) => p.activeTo === null || p.activeTo >= p.activeFrom, {
    message: 'End date is before start date',
    path: ['activeTo'],
  });
}

export const personSchema = withActivePeriodCheck(personFieldsSchema);
export type Person = z.infer<typeof personSchema>;

export const supportExceptionSchema = z.object({ week: isoWeekSchema, hours: hoursSchema });

/** Structural support repeats weekly; an exception changes or skips (0 h) one week without touching the rest. */
export const structuralSupportFieldsSchema = z.object({
  id: idSchema,
  personId: idSchema,
  supported: nameSchema,
  backupPersonId: idSchema.nullable(),
  hoursPerWeek: hoursSchema.max(80),
  from: isoDateSchema,
  to: isoDateSchema.nullable(),
  exceptions: z.array(supportExceptionSchema).default([]),
});
export const structuralSupportSchema = withPeriodCheck(structuralSupportFieldsSchema);
export type StructuralSupport = z.infer<typeof structuralSupportSchema>;

/** Leave holds a kind and dates only: never a diagnosis or free text about health (GDPR). */
export const leaveKindSchema = z.enum(['vacation', 'sick', 'special', 'other']);
export const leaveFieldsSchema = z.object({
  id: idSchema,
  personId: idSchema,
  kind: leaveKindSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  /** null: whole working days; otherwise hours off on each working day in the range. */
  hoursPerDay: hoursSchema.max(24).nullable(),
});
export const leaveSchema = withPeriodCheck(leaveFieldsSchema);
export type Leave = z.infer<typeof leaveSchema>;
