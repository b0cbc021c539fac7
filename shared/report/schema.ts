import { z } from 'zod';
import { keyFiguresSchema, monthPointSchema } from '../dashboard/index.ts';

/*
 * The monthly overview as one typed model. The PDF page, the XLSX and the CSV files all render from
 * this model only, so the three formats cannot disagree with each other or with the dashboard.
 */

const cents = z.number().int();

export const clientLineSchema = z.object({
  clientId: z.string(),
  name: z.string(),
  cents,
  previousCents: cents,
  lastYearCents: cents.nullable(),
});
export type ClientLine = z.infer<typeof clientLineSchema>;

export const placementLineSchema = z.object({
  placementId: z.string(),
  personName: z.string(),
  clientName: z.string(),
  status: z.enum(['confirmed', 'ended']),
  /** Realised in a closed month, planned while the month is open: the revenue the dashboard counts. */
  realised: z.boolean(),
  hours: z.number(),
  cents,
});
export type PlacementLine = z.infer<typeof placementLineSchema>;

export const requestLineSchema = z.object({
  requestId: z.string(),
  title: z.string(),
  requester: z.string(),
  department: z.string(),
  status: z.enum(['done', 'declined', 'deferred']),
  createdOn: z.string(),
  closedOn: z.string().nullable(),
  actualHours: z.number().nullable(),
  satisfaction: z.number().nullable(),
  reason: z.string(),
});
export type RequestLine = z.infer<typeof requestLineSchema>;

/** One other-income entry of the month: what it was and what it brought in. */
export const incomeLineSchema = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.enum(['sponsoring', 'training', 'other']),
  description: z.string(),
  cents,
});
export type IncomeLine = z.infer<typeof incomeLineSchema>;

/** One line of value created: a value entry (hours × shadow rate), or the month's done requests together (hours × internal rate). */
export const valueLineSchema = z.object({
  kind: z.enum(['entry', 'requests']),
  date: z.string().nullable(),
  description: z.string(),
  beneficiary: z.string(),
  count: z.number().int(),
  hours: z.number(),
  rateCents: cents,
  cents,
});
export type ValueLine = z.infer<typeof valueLineSchema>;

/** One person over the calendar month, counted by day with the Capacity screen's rules. */
export const personMonthSchema = z.object({
  personId: z.string(),
  name: z.string(),
  contract: z.number(),
  holiday: z.number(),
  leave: z.number(),
  available: z.number(),
  structural: z.number(),
  placements: z.number(),
  adhoc: z.number(),
  committed: z.number(),
  spare: z.number(),
  /** Requests closed as done this month that the person worked on (planned hours on them). */
  requestsDone: z.number().int(),
  /** committed ÷ available, the Capacity screen's definition (see `utilisationOf` in capacity/cell.ts). */
  utilisation: z.number(),
});
export type PersonMonth = z.infer<typeof personMonthSchema>;

export const monthlyOverviewSchema = z.object({
  /** The first month; with `lastMonth` the overview covers a chosen range of months. */
  month: z.string(),
  /** Set only for a range of months (an issued month never has it). */
  lastMonth: z.string().optional(),
  madeOn: z.string(),
  organisationName: z.string(),
  /** The lead's own words for the month, printed on page 1; empty when none were written. */
  commentary: z.string(),
  /** Set when the overview is one person's statement only. */
  personId: z.string().nullable(),
  cover: z.object({
    current: keyFiguresSchema,
    /** Null where there is no data to compare with (a new workspace, a month before the first record). */
    previous: keyFiguresSchema.nullable(),
    lastYear: keyFiguresSchema.nullable(),
    clients: z.array(clientLineSchema),
  }),
  /** Trailing 12 months ending with the month, for the charts. */
  series: z.array(monthPointSchema),
  utilisation: z.array(z.object({ week: z.string(), utilisation: z.number(), utilisationIfProposed: z.number() })),
  placements: z.object({ lines: z.array(placementLineSchema), hours: z.number(), cents }),
  requests: z.array(requestLineSchema),
  /** What lies behind the cover's other income and value created, line by line. */
  itemised: z.object({ income: z.array(incomeLineSchema), value: z.array(valueLineSchema) }),
  capacity: z.object({ people: z.array(personMonthSchema), total: personMonthSchema }),
});
export type MonthlyOverview = z.infer<typeof monthlyOverviewSchema>;
