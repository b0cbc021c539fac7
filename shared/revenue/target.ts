import type { IsoDate, Workspace } from '../schemas/index.ts';
import { targetOfYear } from '../settings/dated.ts';
import { isClosedMonth, monthsOfYear } from './months.ts';
import { revenueByMonth } from './revenue.ts';
import type { TargetProgress } from './types.ts';

/**
 * The year's revenue against the annual target from Settings. Placement revenue is realised once its
 * month has closed (the lead may still correct the current month); other income is a recorded fact,
 * so it counts as realised from its date on.
 */
export function targetProgress(workspace: Workspace, year: number, today: IsoDate): TargetProgress {
  const months = monthsOfYear(year);
  const revenue = revenueByMonth(workspace, months, today);
  const income = workspace.income.filter((e) => e.date.startsWith(`${String(year).padStart(4, '0')}-`));
  let realisedPlacementsCents = 0;
  let plannedPlacementsCents = 0;
  let expectedPlacementsCents = 0;
  let forecastCents = 0;
  for (const { totals } of revenue) {
    plannedPlacementsCents += totals.plannedCents;
    forecastCents += totals.forecastCents;
    realisedPlacementsCents += totals.realisedCents ?? 0;
    expectedPlacementsCents += totals.realisedCents ?? totals.plannedCents;
  }
  const realisedIncomeCents = income.filter((e) => e.date <= today).reduce((sum, e) => sum + e.amountCents, 0);
  const incomeCents = income.reduce((sum, e) => sum + e.amountCents, 0);
  const targetCents = targetOfYear(workspace.settings, year);
  const realisedCents = realisedPlacementsCents + realisedIncomeCents;
  const expectedFullYearCents = expectedPlacementsCents + incomeCents;
  const share = (cents: number) => (targetCents === null || targetCents === 0 ? null : cents / targetCents);
  return {
    year,
    targetCents,
    closedMonths: months.filter((m) => isClosedMonth(m, today)),
    realisedPlacementsCents,
    realisedIncomeCents,
    realisedCents,
    plannedFullYearCents: plannedPlacementsCents + incomeCents,
    expectedFullYearCents,
    forecastCents,
    realisedShare: share(realisedCents),
    expectedShare: share(expectedFullYearCents),
  };
}
