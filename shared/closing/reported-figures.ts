import {
  keyFiguresFor,
  monthlySeries,
  monthsOf,
  previousPeriod,
  requestOutcomes,
  type KeyFigures,
  type MonthPoint,
  type Period,
} from '../dashboard/index.ts';
import { activityByMonth } from '../dashboard/activity.ts';
import type { MonthlyOverview } from '../report/schema.ts';
import type { IsoDate, Month, Workspace } from '../schemas/index.ts';

/** The overview of a closed month as it was last issued; null for a month that is open (never closed, or reopened). */
export function reportedOverview(workspace: Pick<Workspace, 'closedMonths'>, month: Month): MonthlyOverview | null {
  const record = workspace.closedMonths.find((c) => c.id === month);
  if (!record?.closed) return null;
  return record.issues[record.issues.length - 1]!.overview as unknown as MonthlyOverview;
}

type Part = { figures: KeyFigures; available: number; committed: number };

function partOf(overview: MonthlyOverview): Part {
  return {
    figures: overview.cover.current,
    available: overview.capacity.total.available,
    committed: overview.capacity.total.committed,
  };
}

/**
 * A period's key figures with closed months as they were reported. Sums add up month by month;
 * utilisation is weighed by available hours; the median lead time, the satisfaction and the reasons
 * cannot be added, so a period that mixes closed and open months takes them from the records.
 */
export function reportedKeyFigures(workspace: Workspace, months: readonly Month[], today: IsoDate): KeyFigures {
  const reported = months.map((m) => reportedOverview(workspace, m));
  if (reported.every((r) => r === null)) return keyFiguresFor(workspace, months, today);
  if (months.length === 1) return reported[0]!.cover.current;
  const open = months.filter((_, i) => reported[i] === null);
  const parts: Part[] = reported.filter((r): r is MonthlyOverview => r !== null).map(partOf);
  if (open.length > 0) {
    const activity = activityByMonth(workspace, open);
    parts.push({
      figures: keyFiguresFor(workspace, open, today),
      available: activity.reduce((s, a) => s + a.available, 0),
      committed: activity.reduce((s, a) => s + a.committed, 0),
    });
  }
  const sum = (pick: (k: KeyFigures) => number) => parts.reduce((s, p) => s + pick(p.figures), 0);
  const available = parts.reduce((s, p) => s + p.available, 0);
  const committed = parts.reduce((s, p) => s + p.committed, 0);
  const outcomes = requestOutcomes(workspace.requests, months);
  return {
    revenueCents: sum((k) => k.revenueCents),
    placementCents: sum((k) => k.placementCents),
    otherIncomeCents: sum((k) => k.otherIncomeCents),
    valueCents: sum((k) => k.valueCents),
    hours: {
      structural: sum((k) => k.hours.structural),
      placements: sum((k) => k.hours.placements),
      adhoc: sum((k) => k.hours.adhoc),
      total: sum((k) => k.hours.total),
    },
    utilisation: available > 0 ? committed / available : 0,
    requests: {
      ...outcomes,
      done: sum((k) => k.requests.done),
      declined: sum((k) => k.requests.declined),
      deferred: sum((k) => k.requests.deferred),
      ratings: sum((k) => k.requests.ratings),
    },
  };
}

/** The chart points, a closed month's point as it was reported (the last point of its own trailing series). */
export function reportedSeries(workspace: Workspace, months: readonly Month[], today: IsoDate): MonthPoint[] {
  const live = monthlySeries(workspace, months, today);
  return live.map((point) => reportedOverview(workspace, point.month)?.series.at(-1) ?? point);
}

/** The dashboard's comparison, with closed months as reported. */
export function reportedComparison(
  workspace: Workspace,
  period: Period,
  today: IsoDate,
): { current: KeyFigures; previous: KeyFigures } {
  return {
    current: reportedKeyFigures(workspace, monthsOf(period), today),
    previous: reportedKeyFigures(workspace, monthsOf(previousPeriod(period)), today),
  };
}
