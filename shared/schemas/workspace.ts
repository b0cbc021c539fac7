import { z } from 'zod';
import { closedMonthSchema } from './closing.ts';
import { coverDismissalSchema } from './cover.ts';
import { clientSchema, incomeEntrySchema, placementSchema, valueEntrySchema } from './business.ts';
import { leaveSchema, personSchema, structuralSupportSchema } from './people.ts';
import { monthSchema } from './primitives.ts';
import { supportRequestSchema } from './requests.ts';
import { requestSeriesSchema } from './series.ts';
import { preferencesSchema, settingsSchema } from './settings.ts';

export const CURRENT_SCHEMA_VERSION = 2;

export const workspaceSchema = z.object({
  demo: z.boolean(),
  settings: settingsSchema,
  people: z.array(personSchema),
  structural: z.array(structuralSupportSchema),
  leave: z.array(leaveSchema),
  clients: z.array(clientSchema),
  placements: z.array(placementSchema),
  requests: z.array(supportRequestSchema),
  income: z.array(incomeEntrySchema),
  value: z.array(valueEntrySchema),
  /**
   * The lead's commentary per month (`2026-10` → text), printed on the first page of that month's
   * report. Defaulted, so files from before it existed open unchanged.
   */
  monthNotes: z.record(monthSchema, z.string().trim().max(4000)).default({}),
  closedMonths: z.array(closedMonthSchema),
  /** Cover gaps the lead set aside; defaulted, so files from before it existed open unchanged. */
  coverDismissals: z.array(coverDismissalSchema).default([]),
  /** Recurring requests; defaulted, so files from before it existed open unchanged. */
  series: z.array(requestSeriesSchema).default([]),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** The one JSON document on disk. */
export const documentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  preferences: preferencesSchema,
  workspace: workspaceSchema,
});
export type StoredDocument = z.infer<typeof documentSchema>;
