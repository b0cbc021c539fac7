import { z } from 'zod';
import {
  centsSchema,
  hoursSchema,
  idSchema,
  isoDateSchema,
  monthSchema,
  nameSchema,
  textSchema,
  withPeriodCheck,
} from './primitives.ts';

export const clientKindSchema = z.enum(['tenant', 'external', 'internal']);
export const clientSchema = z.object({
  id: idSchema,
  name: nameSchema,
  kind: clientKindSchema,
  contactName: z.string().max(120).default(''),
  contactEmail: z.union([z.literal(''), z.email()]).default(''),
  defaultRateCents: centsSchema,
});
export type Client = z.infer<typeof clientSchema>;

/** Rates are kept as dated steps so a change from next month leaves past revenue as it was. */
export const rateStepSchema = z.object({ from: isoDateSchema, cents: centsSchema });

export const placementStatusSchema = z.enum(['proposed', 'confirmed', 'ended']);
export const placementFieldsSchema = z.object({
  id: idSchema,
  personId: idSchema,
  clientId: idSchema,
  from: isoDateSchema,
  to: isoDateSchema.nullable(),
  hoursPerWeek: hoursSchema.max(80),
  rates: z.array(rateStepSchema).min(1, 'A placement needs an hourly rate'),
  status: placementStatusSchema,
  notes: textSchema.default(''),
  /** Hours the lead corrected for a past month (realised = planned + correction). */
  corrections: z.array(z.object({ month: monthSchema, hours: z.number().min(-744).max(744) })).default([]),
});
export const placementSchema = withPeriodCheck(placementFieldsSchema);
export type Placement = z.infer<typeof placementSchema>;

export const incomeKindSchema = z.enum(['sponsoring', 'training', 'other']);
export const incomeEntrySchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  kind: incomeKindSchema,
  description: nameSchema,
  amountCents: centsSchema,
  clientId: idSchema.nullable(),
});
export type IncomeEntry = z.infer<typeof incomeEntrySchema>;

/** Value created is cost avoided elsewhere, valued at the shadow rate from Settings; it is not revenue. */
export const valueEntrySchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  description: nameSchema,
  beneficiary: z.string().max(120).default(''),
  hours: hoursSchema,
});
export type ValueEntry = z.infer<typeof valueEntrySchema>;
