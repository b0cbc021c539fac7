import { z } from 'zod';
import { centsSchema } from './primitives.ts';

export const languageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof languageSchema>;

/**
 * Holidays the organisation may or may not give off. Bevrijdingsdag is often only
 * a day off every five years (lustrum), Goede Vrijdag depends on the collective agreement.
 */
export const holidayKeySchema = z.enum([
  'newYear',
  'goodFriday',
  'easterMonday',
  'kingsDay',
  'liberationDay',
  'ascensionDay',
  'whitMonday',
  'christmasDay',
  'boxingDay',
]);
export type HolidayKey = z.infer<typeof holidayKeySchema>;

export const liberationDayRuleSchema = z.enum(['always', 'lustrum', 'never']);

export const settingsSchema = z.object({
  organisationName: z.string().trim().min(1, 'Required').max(120),
  internalRateCents: centsSchema,
  shadowRateCents: centsSchema,
  annualRevenueTargetCents: centsSchema.nullable(),
  holidaysOff: z.array(holidayKeySchema),
  liberationDay: liberationDayRuleSchema,
  csvSeparator: z.enum([';', ',']),
  leaveRetentionMonths: z.number().int().min(1).max(120),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Preferences belong to the user, not the workspace: starting an empty workspace keeps them. */
export const preferencesSchema = z.object({
  language: languageSchema,
  /** The team server the desktop app opened last, offered again in Settings. */
  teamServer: z.string().max(2000).optional(),
});
export type Preferences = z.infer<typeof preferencesSchema>;
