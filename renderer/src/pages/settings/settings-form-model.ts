import { z } from 'zod';
import type { Settings } from '../../../../shared/schemas/index.ts';

const euros = z.number().min(0).max(1e9);

export const settingsFormSchema = z.object({
  organisationName: z.string().trim().min(1).max(120),
  internalRate: euros,
  shadowRate: euros,
  target: z.union([euros, z.literal('')]),
  csvSeparator: z.enum([';', ',']),
  leaveRetentionMonths: z.number().int().min(1).max(120),
});
export type SettingsFormValues = z.input<typeof settingsFormSchema>;

const toCents = (euro: number) => Math.round(euro * 100);

export function settingsToForm(s: Settings): SettingsFormValues {
  return {
    organisationName: s.organisationName,
    internalRate: s.internalRateCents / 100,
    shadowRate: s.shadowRateCents / 100,
    target: s.annualRevenueTargetCents === null ? '' : s.annualRevenueTargetCents / 100,
    csvSeparator: s.csvSeparator,
    leaveRetentionMonths: s.leaveRetentionMonths,
  };
}

/** The form edits euros; the workspace keeps integer cents, and settings the form does not show stay as they were. */
export function settingsFromForm(values: z.output<typeof settingsFormSchema>, current: Settings): Settings {
  return {
    ...current,
    organisationName: values.organisationName,
    internalRateCents: toCents(values.internalRate),
    shadowRateCents: toCents(values.shadowRate),
    annualRevenueTargetCents: values.target === '' ? null : toCents(values.target),
    csvSeparator: values.csvSeparator,
    leaveRetentionMonths: values.leaveRetentionMonths,
  };
}
