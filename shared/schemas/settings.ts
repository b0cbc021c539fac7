import { z } from 'zod';
import { centsSchema, isoDateSchema } from './primitives.ts';

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

/*
 * Settings that value or shape past months are dated steps: each holds from its `from` date until
 * the next step, and the first also covers everything before it (see shared/settings/dated.ts).
 * A change adds a step, so last year's figures keep the rate and the holidays they were made with.
 */
/** The date of a first step that has been in force for as long as the workspace knows (shown as "from the start"). */
export const FROM_THE_START = '1900-01-01';

export const datedCentsSchema = z.object({ from: isoDateSchema, cents: centsSchema });
export type DatedCents = z.infer<typeof datedCentsSchema>;
export const datedTargetSchema = z.object({ from: isoDateSchema, cents: centsSchema.nullable() });
export type DatedTarget = z.infer<typeof datedTargetSchema>;
export const holidayRuleSchema = z.object({
  from: isoDateSchema,
  holidaysOff: z.array(holidayKeySchema),
  liberationDay: liberationDayRuleSchema,
});
export type HolidayRule = z.infer<typeof holidayRuleSchema>;

export const mailKindSchema = z.enum(['confirm', 'decline', 'defer', 'done']);
export type MailKind = z.infer<typeof mailKindSchema>;
export const mailTemplateSchema = z.object({ subject: z.string().max(300), body: z.string().max(8000) });
export type MailTemplate = z.infer<typeof mailTemplateSchema>;
/** Only the templates the lead changed are stored; the rest come from the defaults in shared/mail. */
export const mailTemplatesSchema = z.object({
  nl: z.partialRecord(mailKindSchema, mailTemplateSchema).default({}),
  en: z.partialRecord(mailKindSchema, mailTemplateSchema).default({}),
});
export type MailTemplates = z.infer<typeof mailTemplatesSchema>;

export const settingsSchema = z.object({
  organisationName: z.string().trim().min(1, 'Required').max(120),
  internalRates: z.array(datedCentsSchema).min(1),
  shadowRates: z.array(datedCentsSchema).min(1),
  /** The annual revenue target; null in a step means "no target from then on". */
  revenueTargets: z.array(datedTargetSchema).min(1),
  holidayRules: z.array(holidayRuleSchema).min(1),
  csvSeparator: z.enum([';', ',']),
  leaveRetentionMonths: z.number().int().min(1).max(120),
  /** Optional, so workspaces from before mail drafts existed open unchanged. */
  mailTemplates: mailTemplatesSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Preferences belong to the user, not the workspace: starting an empty workspace keeps them. */
export const preferencesSchema = z.object({
  language: languageSchema,
  /** The team server the desktop app opened last, offered again in Settings. */
  teamServer: z.string().max(2000).optional(),
});
export type Preferences = z.infer<typeof preferencesSchema>;
