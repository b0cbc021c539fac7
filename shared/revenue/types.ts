import { z } from 'zod';
import { idSchema, incomeKindSchema, isoDateSchema, monthSchema, placementStatusSchema } from '../schemas/index.ts';

/*
 * Computed views, never stored. Hours are plain numbers (day shares make fractions; only float
 * noise is removed), money is whole cents.
 */

const cents = z.number().int();

/** Days of one month under one hourly rate. */
export const rateSegmentSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  rateCents: cents,
  hours: z.number(),
});
export type RateSegment = z.infer<typeof rateSegmentSchema>;

/** Planned hours and revenue of one placement in one month, before any correction. */
export const placementMonthHoursSchema = z.object({
  placementId: idSchema,
  month: monthSchema,
  /** The days of the month inside the placement's period. */
  from: isoDateSchema,
  to: isoDateSchema,
  hours: z.number(),
  /** Σ over segments of hours × rate, rounded once to whole cents. */
  cents,
  /** One per rate in force during the month, in date order; a mid-month rate change makes two. */
  segments: z.array(rateSegmentSchema),
});
export type PlacementMonthHours = z.infer<typeof placementMonthHoursSchema>;

export const placementRevenueSchema = z.object({
  placementId: idSchema,
  personId: idSchema,
  clientId: idSchema,
  status: placementStatusSchema,
  /** From the plan; for a proposed placement this is forecast only. */
  plannedHours: z.number(),
  plannedCents: cents,
  /** Hours the lead corrected for this month (0 when none). */
  correctionHours: z.number(),
  /** Closed months of confirmed or ended placements only; null otherwise. */
  realisedHours: z.number().nullable(),
  realisedCents: cents.nullable(),
});
export type PlacementRevenue = z.infer<typeof placementRevenueSchema>;

export const revenueTotalsSchema = z.object({
  /** Confirmed and ended placements. */
  plannedHours: z.number(),
  plannedCents: cents,
  /** Proposed placements: a forecast, never part of planned or realised. */
  forecastHours: z.number(),
  forecastCents: cents,
  /** Confirmed and ended placements in a closed month; null while the month is still open. */
  realisedHours: z.number().nullable(),
  realisedCents: cents.nullable(),
});
export type RevenueTotals = z.infer<typeof revenueTotalsSchema>;

export const clientRevenueSchema = revenueTotalsSchema.extend({ clientId: idSchema });
export type ClientRevenue = z.infer<typeof clientRevenueSchema>;

export const monthRevenueSchema = z.object({
  month: monthSchema,
  /** True for months before today's month: only these have realised figures. */
  closed: z.boolean(),
  /** Every placement whose period overlaps the month, even at 0 hours (that explains a figure). */
  placements: z.array(placementRevenueSchema),
  /** Clients with a placement in the month, in the order of the workspace's client list. */
  clients: z.array(clientRevenueSchema),
  totals: revenueTotalsSchema,
});
export type MonthRevenue = z.infer<typeof monthRevenueSchema>;

export const monthIncomeSchema = z.object({
  month: monthSchema,
  cents,
  byKind: z.record(incomeKindSchema, cents),
  entryIds: z.array(idSchema),
});
export type MonthIncome = z.infer<typeof monthIncomeSchema>;

export const monthValueSchema = z.object({
  month: monthSchema,
  /** Value entries dated in the month, at the shadow rate. */
  entryHours: z.number(),
  entryCents: cents,
  /** Done requests closed in the month: actual hours at the internal rate. */
  requestHours: z.number(),
  requestCents: cents,
  /** Done requests closed in the month without actual hours: they count 0 until filled in. */
  requestsWithoutHours: z.array(idSchema),
  cents,
});
export type MonthValue = z.infer<typeof monthValueSchema>;

export const targetProgressSchema = z.object({
  year: z.number().int(),
  targetCents: cents.nullable(),
  /** Closed months of the year counted as realised (empty early in January or for a future year). */
  closedMonths: z.array(monthSchema),
  realisedPlacementsCents: cents,
  realisedIncomeCents: cents,
  /** Realised placement revenue of closed months + other income dated up to today. */
  realisedCents: cents,
  /** Planned placement revenue of all twelve months + all other income of the year. */
  plannedFullYearCents: cents,
  /** Realised for closed months, planned for the rest, plus all other income of the year. */
  expectedFullYearCents: cents,
  /** Proposed placements over the year, not part of any figure above. */
  forecastCents: cents,
  /** realised ÷ target and expected ÷ target; null without a target. */
  realisedShare: z.number().nullable(),
  expectedShare: z.number().nullable(),
});
export type TargetProgress = z.infer<typeof targetProgressSchema>;
