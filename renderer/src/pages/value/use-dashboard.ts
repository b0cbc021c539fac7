import { useMemo, useState } from 'react';
import { weekKey } from '../../../../shared/capacity/index.ts';
import { reportedComparison, reportedSeries } from '../../../../shared/closing/index.ts';
import {
  comparePeriod,
  monthsOf,
  nextPeriod,
  periodContaining,
  previousPeriod,
  rangePeriod,
  shiftMonth,
  weeklyUtilisation,
  type Period,
} from '../../../../shared/dashboard/index.ts';
import type { Snapshot } from '../../../../shared/contract/index.ts';

/** Closed months show the figures as they were reported (see shared/closing). */
const REPORTED = { keyFigures: reportedComparison, series: reportedSeries };

/** Everything the dashboard and presentation show, recomputed from the snapshot with the shared calculations; closed months as reported. */
export function useDashboard(snapshot: Snapshot) {
  const { workspace, today } = snapshot;
  const [period, setPeriod] = useState<Period>(() => periodContaining('month', today.slice(0, 7)));
  const figures = useMemo(() => comparePeriod(workspace, period, today, REPORTED), [workspace, period, today]);
  const lastMonth = monthsOf(period).at(-1)!;
  const trailing = useMemo(() => Array.from({ length: 12 }, (_, i) => shiftMonth(lastMonth, i - 11)), [lastMonth]);
  const series = useMemo(() => reportedSeries(workspace, trailing, today), [workspace, trailing, today]);
  const lastWeek = weekKey(lastMonth < today.slice(0, 7) ? `${lastMonth}-28` : today);
  const utilisation = useMemo(() => weeklyUtilisation(workspace, lastWeek, 26), [workspace, lastWeek]);
  return {
    period,
    // From a period that holds today, the new kind lands on today's period too (Jaar → Maand shows
    // this month, not January); from any other period it keeps the period's first month.
    setKind: (kind: Period['kind']) => {
      // A chosen range starts as the months already shown (Kwartaal → its three months).
      if (kind === 'range') setPeriod(rangePeriod(period.first, lastMonth));
      else
        setPeriod(
          periodContaining(kind, monthsOf(period).includes(today.slice(0, 7)) ? today.slice(0, 7) : period.first),
        );
    },
    setRange: (first: string, last: string) => setPeriod(rangePeriod(first, last)),
    previous: () => setPeriod(previousPeriod(period)),
    next: () => setPeriod(nextPeriod(period)),
    figures,
    series,
    utilisation,
  };
}
export type Dashboard = ReturnType<typeof useDashboard>;
