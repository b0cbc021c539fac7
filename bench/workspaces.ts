import { addWeeks, weekKey, weekRange } from '../shared/capacity/index.ts';
import { countAllocations, generateDemoWorkspace } from '../shared/demo/index.ts';
import type { IsoWeek, Workspace } from '../shared/schemas/index.ts';

/** The same fixed "today" as the end-to-end tests, so figures from run to run compare like for like. */
export const BENCH_TODAY = '2026-11-23';
export const GRID_WEEKS = 104;
export const GRID_SIZES = [15, 200, 500] as const;

/*
 * 24 months of history and 3 ahead cover the 104 grid weeks (90 back, 13 ahead) with data on both
 * sides, and give a 500-person team its ~50,000 allocations.
 */
const MONTHS_BACK = 24;
const MONTHS_AHEAD = 3;
const WEEKS_BACK = 90;

const cache = new Map<number, Workspace>();

export function benchWorkspace(people: number): Workspace {
  let ws = cache.get(people);
  if (!ws) {
    ws = generateDemoWorkspace({
      people,
      today: BENCH_TODAY,
      seed: 1,
      monthsBack: MONTHS_BACK,
      monthsAhead: MONTHS_AHEAD,
    });
    cache.set(people, ws);
  }
  return ws;
}

const received = new Map<number, Workspace>();

/**
 * The demo workspace as the renderer holds it: parsed from the snapshot's JSON (the web host) or
 * cloned over IPC (the desktop app), so every record and every string is its own object. Straight
 * from the generator, records share their id and week strings, and comparing those is a pointer
 * check; the grid over a parsed workspace took 1.25× as long.
 */
export function receivedWorkspace(people: number): Workspace {
  let ws = received.get(people);
  if (!ws) {
    ws = JSON.parse(JSON.stringify(benchWorkspace(people))) as Workspace;
    received.set(people, ws);
  }
  return ws;
}

export function benchWeeks(): IsoWeek[] {
  return weekRange(addWeeks(weekKey(BENCH_TODAY), -WEEKS_BACK), GRID_WEEKS);
}

export function allocationCount(ws: Workspace): number {
  return countAllocations(ws);
}
