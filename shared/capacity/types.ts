import { z } from 'zod';
import {
  contractSchema,
  holidayKeySchema,
  idSchema,
  isoDateSchema,
  isoWeekSchema,
  leaveKindSchema,
  placementStatusSchema,
} from '../schemas/index.ts';

/*
 * Computed views, never stored. Hours here are plain numbers, not quarter-hour `hoursSchema`:
 * pro-rata weeks produce fractions, and rounding is the display's job.
 */

/** One person (or the team) in one ISO week. Negative spare means over-booked. */
export const capacityCellSchema = z.object({
  contract: z.number(),
  holiday: z.number(),
  leave: z.number(),
  available: z.number(),
  structural: z.number(),
  placementsConfirmed: z.number(),
  placementsProposed: z.number(),
  adhoc: z.number(),
  committed: z.number(),
  spare: z.number(),
  spareIfProposed: z.number(),
  /** committed ÷ available (structural + confirmed placements + ad hoc over contract − holidays − leave); 0 when nothing is available. */
  utilisation: z.number(),
});
export type CapacityCell = z.infer<typeof capacityCellSchema>;

export const capacityRowSchema = z.object({ personId: idSchema, cells: z.array(capacityCellSchema) });
export type CapacityRow = z.infer<typeof capacityRowSchema>;

export const capacityGridSchema = z.object({
  weeks: z.array(isoWeekSchema),
  rows: z.array(capacityRowSchema),
  totals: z.array(capacityCellSchema),
});
export type CapacityGrid = z.infer<typeof capacityGridSchema>;

export const cellItemsSchema = z.object({
  /** Contracts in force on at least one day of the week: two when it changes mid-week. */
  contracts: z.array(contractSchema),
  /** Every day off in the week, with what it cost this person (0 on a day they do not work). */
  holidays: z.array(z.object({ date: isoDateSchema, key: holidayKeySchema, hours: z.number() })),
  leave: z.array(z.object({ id: idSchema, kind: leaveKindSchema, hours: z.number() })),
  structural: z.array(z.object({ id: idSchema, supported: z.string(), hours: z.number(), exception: z.boolean() })),
  placements: z.array(z.object({ id: idSchema, clientId: idSchema, status: placementStatusSchema, hours: z.number() })),
  adhoc: z.array(z.object({ requestId: idSchema, title: z.string(), hours: z.number() })),
});
export type CellItems = z.infer<typeof cellItemsSchema>;

export const cellBreakdownSchema = capacityCellSchema.extend({
  personId: idSchema,
  week: isoWeekSchema,
  items: cellItemsSchema,
});
export type CellBreakdown = z.infer<typeof cellBreakdownSchema>;
