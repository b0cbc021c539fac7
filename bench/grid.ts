import { computeCapacityGrid } from '../shared/capacity/index.ts';
import { figure, progress, targeted, type Row } from './report.ts';
import { describeTiming, timeSync, type Timing } from './stats.ts';
import { allocationCount, benchWeeks, benchWorkspace, GRID_SIZES, GRID_WEEKS } from './workspaces.ts';

export const GRID_TARGET_MS = 20;
const plan = { warmup: 10, runs: 40 };

/** Medians per team size, read again by the SQL part for its ratio. */
export const gridMedians = new Map<number, number>();

export function measureGrid(people: number): Timing {
  const ws = benchWorkspace(people);
  const weeks = benchWeeks();
  const timing = timeSync(() => computeCapacityGrid(ws, weeks), plan);
  gridMedians.set(people, timing.median);
  return timing;
}

export function benchGrid(): Row[] {
  const rows: Row[] = [];
  for (const people of GRID_SIZES) {
    progress(`grid: ${people} people × ${GRID_WEEKS} weeks`);
    const ws = benchWorkspace(people);
    const t = measureGrid(people);
    const label = `${people} people × ${GRID_WEEKS} wk (${allocationCount(ws).toLocaleString('en')} allocations)`;
    const value = describeTiming(t);
    rows.push(
      people === 500
        ? targeted('a grid JS', label, value, `median ≤ ${GRID_TARGET_MS} ms`, t.median <= GRID_TARGET_MS)
        : figure('a grid JS', label, value),
    );
  }
  return rows;
}
