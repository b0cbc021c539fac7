import { z } from 'zod';
import {
  hoursSchema,
  isoWeekSchema,
  structuralSupportFieldsSchema,
  withPeriodCheck,
  type StructuralSupport,
} from '../../../../shared/schemas/index.ts';

/** What addStructural accepts; the form never edits exceptions, which have their own week form. */
export const structuralInputSchema = withPeriodCheck(
  structuralSupportFieldsSchema.omit({ id: true, exceptions: true }),
);
export type StructuralInput = z.output<typeof structuralInputSchema>;

/** Mantine hands an emptied number field over as '' and an emptied date as null. */
export type StructuralFormValues = {
  personId: string;
  supported: string;
  hoursPerWeek: number | string;
  from: string | null;
  to: string | null;
  backupPersonId: string | null;
};

export function structuralFormValues(
  line: StructuralSupport | null,
  personId: string,
  today: string,
): StructuralFormValues {
  if (!line) return { personId, supported: '', hoursPerWeek: 8, from: today, to: null, backupPersonId: null };
  const { supported, hoursPerWeek, from, to, backupPersonId } = line;
  return { personId, supported, hoursPerWeek, from, to, backupPersonId };
}

export const structuralWeekSchema = z.object({ week: isoWeekSchema, hours: hoursSchema.max(80) });
export type StructuralWeekValues = { week: string | null; hours: number | string };

export function linesOf(structural: StructuralSupport[], personId: string): StructuralSupport[] {
  return structural
    .filter((line) => line.personId === personId)
    .toSorted((a, b) => b.from.localeCompare(a.from) || a.supported.localeCompare(b.supported));
}
