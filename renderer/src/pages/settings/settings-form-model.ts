import { z } from 'zod';
import {
  holidayKeySchema,
  isoDateSchema,
  liberationDayRuleSchema,
  type HolidayKey,
  type Settings,
} from '../../../../shared/schemas/index.ts';
import {
  holidayRuleOn,
  internalRateOn,
  settingsNow,
  shadowRateOn,
  stepOn,
  withStep,
} from '../../../../shared/settings/dated.ts';

const euros = z.number().min(0).max(1e9);

export const settingsFormSchema = z.object({
  organisationName: z.string().trim().min(1).max(120),
  from: isoDateSchema,
  internalRate: euros,
  shadowRate: euros,
  target: z.union([euros, z.literal('')]),
  holidaysOff: z.array(holidayKeySchema),
  liberationDay: liberationDayRuleSchema,
  csvSeparator: z.enum([';', ',']),
  leaveRetentionMonths: z.number().int().min(1).max(120),
});
export type SettingsFormValues = Omit<z.input<typeof settingsFormSchema>, 'from'> & { from: string | null };

const toCents = (euro: number) => Math.round(euro * 100);

/** Bevrijdingsdag has its own rule; it is never one of the ticked holidays. */
export const choosableHolidays = holidayKeySchema.options.filter((key) => key !== 'liberationDay');

/** The form shows the values in force today and starts a change from today. */
export function settingsToForm(s: Settings, today: string): SettingsFormValues {
  const now = settingsNow(s, today);
  return {
    organisationName: s.organisationName,
    from: today,
    internalRate: now.internalRateCents / 100,
    shadowRate: now.shadowRateCents / 100,
    target: now.annualRevenueTargetCents === null ? '' : now.annualRevenueTargetCents / 100,
    holidaysOff: now.holidaysOff.filter((key) => key !== 'liberationDay'),
    liberationDay: now.liberationDay,
    csvSeparator: s.csvSeparator,
    leaveRetentionMonths: s.leaveRetentionMonths,
  };
}

const sameHolidays = (a: readonly HolidayKey[], b: readonly HolidayKey[]) =>
  a.length === b.length && a.every((key) => b.includes(key));

/**
 * The form edits euros; the workspace keeps integer cents. A dated setting gets a new step from the
 * form's date only where its value differs from the one in force on that date, so saving the name
 * alone adds no step and earlier months keep every value they were computed with.
 */
export function settingsFromForm(values: z.output<typeof settingsFormSchema>, current: Settings): Settings {
  const { from } = values;
  const internal = toCents(values.internalRate);
  const shadow = toCents(values.shadowRate);
  const target = values.target === '' ? null : toCents(values.target);
  const rule = holidayRuleOn(current, from);
  const holidaysChanged =
    !sameHolidays(
      rule.holidaysOff.filter((key) => key !== 'liberationDay'),
      values.holidaysOff,
    ) || rule.liberationDay !== values.liberationDay;
  return {
    ...current,
    organisationName: values.organisationName,
    internalRates:
      internalRateOn(current, from) === internal
        ? current.internalRates
        : withStep(current.internalRates, { from, cents: internal }),
    shadowRates:
      shadowRateOn(current, from) === shadow
        ? current.shadowRates
        : withStep(current.shadowRates, { from, cents: shadow }),
    revenueTargets:
      stepOn(current.revenueTargets, from).cents === target
        ? current.revenueTargets
        : withStep(current.revenueTargets, { from, cents: target }),
    holidayRules: holidaysChanged
      ? withStep(current.holidayRules, { from, holidaysOff: values.holidaysOff, liberationDay: values.liberationDay })
      : current.holidayRules,
    csvSeparator: values.csvSeparator,
    leaveRetentionMonths: values.leaveRetentionMonths,
  };
}
