import { z } from 'zod';
import { addWeeks, monthCapacity, weekDays, weekKey } from '../capacity/index.ts';
import type { IsoWeek, Month, Workspace } from '../schemas/index.ts';

export const monthActivitySchema = z.object({
  month: z.string(),
  available: z.number(),
  structural: z.number(),
  placements: z.number(),
  adhoc: z.number(),
  committed: z.number(),
  /** committed ÷ available over the month (structural + confirmed placements + ad hoc over contract − holidays − leave); 0 when nobody was available. */
  utilisation: z.number(),
});
export type MonthActivity = z.infer<typeof monthActivitySchema>;

/** ISO weeks belong to the month of their Thursday, the same rule that puts a week in its ISO year. */
export function monthOfWeek(week: IsoWeek): Month {
  return weekDays(week)[3]!.slice(0, 7);
}

export function weeksOfMonths(months: readonly Month[]): IsoWeek[] {
  if (months.length === 0) return [];
  const wanted = new Set(months);
  const weeks: IsoWeek[] = [];
  let week = addWeeks(weekKey(`${months[0]}-01`), -1);
  const lastMonth = months[months.length - 1]!;
  for (;;) {
    const month = monthOfWeek(week);
    if (month > lastMonth) break;
    if (wanted.has(month)) weeks.push(week);
    week = addWeeks(week, 1);
  }
  return weeks;
}

/**
 * Team hours per month by kind of work (confirmed work only), counted by calendar day like revenue,
 * from the same rules as the Capacity screen.
 */
export function activityByMonth(workspace: Workspace, months: readonly Month[]): MonthActivity[] {
  return monthCapacity(workspace, months).map(({ month, totals }) => ({
    month,
    available: totals.available,
    structural: totals.structural,
    placements: totals.placementsConfirmed,
    adhoc: totals.adhoc,
    committed: totals.committed,
    utilisation: totals.utilisation,
  }));
}
