import { z } from 'zod';
import { addWeeks, computeCapacityGrid, weekRange } from '../capacity/index.ts';
import { otherIncomeByMonth } from '../revenue/income.ts';
import { revenueByMonth } from '../revenue/revenue.ts';
import { valueByMonth } from '../revenue/value.ts';
import type { IsoDate, IsoWeek, Month, Workspace } from '../schemas/index.ts';
import { targetOfYear } from '../settings/dated.ts';
import { activityByMonth } from './activity.ts';
import { placementCentsOf } from './key-figures.ts';
import { requestOutcomes } from './request-outcomes.ts';

export const monthPointSchema = z.object({
  month: z.string(),
  /** Placement revenue per client id (realised where closed, else planned). */
  byClient: z.record(z.string(), z.number().int()),
  placementCents: z.number().int(),
  otherIncomeCents: z.number().int(),
  valueCents: z.number().int(),
  /** A twelfth of the annual target, for the target line; null without a target. */
  targetCents: z.number().int().nullable(),
  structural: z.number(),
  placements: z.number(),
  adhoc: z.number(),
  utilisation: z.number(),
  done: z.number().int(),
  declined: z.number().int(),
  deferred: z.number().int(),
});
export type MonthPoint = z.infer<typeof monthPointSchema>;

const monthlyTarget = (target: number | null) => (target === null ? null : Math.round(target / 12));

/** One point per month for the dashboard's charts and the monthly overview, from the same calculations. */
export function monthlySeries(workspace: Workspace, months: readonly Month[], today: IsoDate): MonthPoint[] {
  const revenue = revenueByMonth(workspace, months, today);
  const income = otherIncomeByMonth(workspace, months);
  const value = valueByMonth(workspace, months);
  const activity = activityByMonth(workspace, months);
  return months.map((month, i) => {
    const outcomes = requestOutcomes(workspace.requests, [month]);
    const r = revenue[i]!;
    const a = activity[i]!;
    return {
      month,
      byClient: Object.fromEntries(r.clients.map((c) => [c.clientId, c.realisedCents ?? c.plannedCents])),
      placementCents: placementCentsOf(r),
      otherIncomeCents: income[i]!.cents,
      valueCents: value[i]!.cents,
      targetCents: monthlyTarget(targetOfYear(workspace.settings, Number(month.slice(0, 4)))),
      structural: a.structural,
      placements: a.placements,
      adhoc: a.adhoc,
      utilisation: a.utilisation,
      done: outcomes.done,
      declined: outcomes.declined,
      deferred: outcomes.deferred,
    };
  });
}

export type WeekPoint = { week: IsoWeek; utilisation: number; utilisationIfProposed: number };

/** Team utilisation for `count` weeks ending with `lastWeek`, confirmed work and with proposals. */
export function weeklyUtilisation(workspace: Workspace, lastWeek: IsoWeek, count: number): WeekPoint[] {
  const weeks = weekRange(addWeeks(lastWeek, 1 - count), count);
  const grid = computeCapacityGrid(workspace, weeks);
  return weeks.map((week, i) => {
    const t = grid.totals[i]!;
    return {
      week,
      utilisation: t.utilisation,
      utilisationIfProposed: t.available > 0 ? (t.committed + t.placementsProposed) / t.available : 0,
    };
  });
}
