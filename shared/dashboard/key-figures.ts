import { z } from 'zod';
import { otherIncomeByMonth } from '../revenue/income.ts';
import { revenueByMonth } from '../revenue/revenue.ts';
import { valueByMonth } from '../revenue/value.ts';
import type { IsoDate, Month, Workspace } from '../schemas/index.ts';
import { activityByMonth } from './activity.ts';
import { monthsOf, previousPeriod, type Period } from './periods.ts';
import { requestOutcomes, requestOutcomesSchema } from './request-outcomes.ts';

export const keyFiguresSchema = z.object({
  /** Placement revenue (realised for closed months, planned for the open one) plus other income. */
  revenueCents: z.number().int(),
  placementCents: z.number().int(),
  otherIncomeCents: z.number().int(),
  valueCents: z.number().int(),
  hours: z.object({ structural: z.number(), placements: z.number(), adhoc: z.number(), total: z.number() }),
  /** Team committed ÷ available hours over the period (see `utilisationOf` in capacity/cell.ts); proposals excluded. */
  utilisation: z.number(),
  requests: requestOutcomesSchema,
});
export type KeyFigures = z.infer<typeof keyFiguresSchema>;

/** Placement revenue of a month as a director reads it: what was realised, or else what is planned. */
export function placementCentsOf(month: { totals: { realisedCents: number | null; plannedCents: number } }): number {
  return month.totals.realisedCents ?? month.totals.plannedCents;
}

export function keyFiguresFor(workspace: Workspace, months: readonly Month[], today: IsoDate): KeyFigures {
  const placementCents = revenueByMonth(workspace, months, today).reduce((sum, m) => sum + placementCentsOf(m), 0);
  const otherIncomeCents = otherIncomeByMonth(workspace, months).reduce((sum, m) => sum + m.cents, 0);
  const valueCents = valueByMonth(workspace, months).reduce((sum, m) => sum + m.cents, 0);
  const activity = activityByMonth(workspace, months);
  const sum = (key: 'structural' | 'placements' | 'adhoc' | 'available' | 'committed') =>
    activity.reduce((s, a) => s + a[key], 0);
  const hours = { structural: sum('structural'), placements: sum('placements'), adhoc: sum('adhoc'), total: 0 };
  hours.total = hours.structural + hours.placements + hours.adhoc;
  return {
    revenueCents: placementCents + otherIncomeCents,
    placementCents,
    otherIncomeCents,
    valueCents,
    hours,
    utilisation: sum('available') > 0 ? sum('committed') / sum('available') : 0,
    requests: requestOutcomes(workspace.requests, months),
  };
}

/** The figures of a period next to those of the period before, for the change shown on each card. */
export function compareKeyFigures(
  workspace: Workspace,
  period: Period,
  today: IsoDate,
): { current: KeyFigures; previous: KeyFigures } {
  return {
    current: keyFiguresFor(workspace, monthsOf(period), today),
    previous: keyFiguresFor(workspace, monthsOf(previousPeriod(period)), today),
  };
}
