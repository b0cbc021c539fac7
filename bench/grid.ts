import { computeCapacityGrid, createCapacityGridCache } from '../shared/capacity/index.ts';
import { withOneMoreAssignmentHour } from './one-assignment.ts';
import { figure, progress, targeted, type Row } from './report.ts';
import { describeTiming, timeSync, type Timing } from './stats.ts';
import { allocationCount, benchWeeks, GRID_SIZES, GRID_WEEKS, receivedWorkspace } from './workspaces.ts';

export const GRID_TARGET_MS = 10;
const RECOMPUTE_TARGET_MS = 1;
const plan = { warmup: 10, runs: 40 };

/** Medians per team size, read again by the SQL part for its ratio. */
export const gridMedians = new Map<number, number>();

export function measureGrid(people: number): Timing {
  const ws = receivedWorkspace(people);
  const weeks = benchWeeks();
  const timing = timeSync(() => computeCapacityGrid(ws, weeks), plan);
  gridMedians.set(people, timing.median);
  return timing;
}

/**
 * The grid again after one assignment changed, as the capacity page computes it: one cache kept
 * across revisions, alternating between two workspaces that differ in that one assignment.
 */
function measureRecompute(people: number): Timing {
  const ws = receivedWorkspace(people);
  const weeks = benchWeeks();
  const versions = [withOneMoreAssignmentHour(ws, 0.25), withOneMoreAssignmentHour(ws, 0.5)];
  const cache = createCapacityGridCache();
  let turn = 0;
  return timeSync(() => cache.compute(versions[turn++ % 2] ?? ws, weeks), plan);
}

export function benchGrid(): Row[] {
  const rows: Row[] = [];
  for (const people of GRID_SIZES) {
    progress(`grid: ${people} people × ${GRID_WEEKS} weeks`);
    const ws = receivedWorkspace(people);
    const t = measureGrid(people);
    const label = `${people} people × ${GRID_WEEKS} wk (${allocationCount(ws).toLocaleString('en')} allocations)`;
    const value = describeTiming(t);
    rows.push(
      people === 500
        ? targeted('a grid JS', label, value, `median ≤ ${GRID_TARGET_MS} ms`, t.median <= GRID_TARGET_MS)
        : figure('a grid JS', label, value),
    );
  }
  progress(`grid: 500 people, recomputation after one assignment`);
  const recompute = measureRecompute(500);
  rows.push(
    targeted(
      'a grid JS',
      `500 people × ${GRID_WEEKS} wk: again after one assignment`,
      describeTiming(recompute),
      `median ≤ ${RECOMPUTE_TARGET_MS} ms`,
      recompute.median <= RECOMPUTE_TARGET_MS,
    ),
  );
  return rows;
}
