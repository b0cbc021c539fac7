import { z } from 'zod';
import {
  hoursSchema,
  idSchema,
  isoDateSchema,
  placementStatusSchema,
  textSchema,
  type Placement,
} from '../../../../shared/schemas/index.ts';
import { rateOn } from '../../../../shared/revenue/index.ts';
import { toCents, toEuros } from './money.ts';

const euros = z.number().min(0).max(1e7);

/** The form edits euros and an optional end; the API gets cents, dated rate steps and null. */
export const placementFormSchema = z
  .object({
    personId: idSchema,
    clientId: idSchema,
    from: isoDateSchema,
    to: isoDateSchema.nullable(),
    hoursPerWeek: hoursSchema.max(80),
    rate: euros,
    status: placementStatusSchema,
    notes: textSchema,
  })
  .refine((v) => v.to === null || v.to >= v.from, { message: 'errors.endBeforeStart', path: ['to'] });

/** Mantine hands an emptied number field over as '' and an emptied date as null. */
export type PlacementFormValues = {
  personId: string | null;
  clientId: string | null;
  from: string | null;
  to: string | null;
  hoursPerWeek: number | string;
  rate: number | string;
  status: Placement['status'];
  notes: string;
};

export function placementFormValues(placement: Placement | null, today: string): PlacementFormValues {
  if (!placement) {
    return {
      personId: null,
      clientId: null,
      from: today,
      to: null,
      hoursPerWeek: 8,
      rate: '',
      status: 'proposed',
      notes: '',
    };
  }
  const { personId, clientId, from, to, hoursPerWeek, status, notes } = placement;
  return { personId, clientId, from, to, hoursPerWeek, rate: toEuros(rateOn(placement.rates, from)), status, notes };
}

/**
 * A new placement starts with one rate from its first day. An edit keeps the rate history as it is:
 * rates change through "Change rate from a date", so past months never move by accident.
 */
export function placementFromForm(
  values: z.output<typeof placementFormSchema>,
  existing: Placement | null,
): Omit<Placement, 'id'> {
  const { rate, ...fields } = values;
  if (existing) return { ...fields, rates: existing.rates, corrections: existing.corrections };
  return { ...fields, rates: [{ from: values.from, cents: toCents(rate) }], corrections: [] };
}

/** Server fields that the form shows under another name. */
export function formFieldOf(field: string): string {
  return field.startsWith('rates') ? 'rate' : field;
}
