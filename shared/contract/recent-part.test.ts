import { describe, expect, it } from 'vitest';
import { computeCapacityGrid, createCapacityGridCache, weekRange } from '../capacity/index.ts';
import { generateDemoWorkspace } from '../demo/index.ts';
import type { Workspace } from '../schemas/index.ts';
import { joinRecent, recentPart } from './recent-part.ts';
import type { Snapshot } from './snapshot.ts';

const today = '2026-11-23';
const from = '2026-W48';
const workspace = generateDemoWorkspace({ people: 40, today, seed: 5, monthsBack: 12, monthsAhead: 3 });

function snapshotOf(ws: Workspace, revision: number, recentFrom: string | null): Snapshot {
  return {
    revision,
    today,
    preferences: { language: 'nl' },
    storage: {
      dataFile: '/data/workspace.db',
      recovery: null,
      encryption: { mode: 'none', backend: 'none', warn: false },
    },
    history: { undo: null, redo: null },
    session: null,
    workspace: ws,
    recentFrom,
  };
}

/* What the renderer has after reading an answer: equal records, none of them the host's objects. */
const received = <T>(value: T): T => structuredClone(value);

describe('the recent part of a workspace', () => {
  it('is the same object for the same workspace and week, so its answer is written once', () => {
    expect(recentPart(workspace, from)).toBe(recentPart(workspace, from));
    expect(recentPart(workspace, '2026-W40')).not.toBe(recentPart(workspace, from));
  });

  it('keeps the requests in their order and every week of the grid from `from` on as the whole workspace has it', () => {
    const part = recentPart(workspace, from);
    const ids = part.requests.map((r) => r.id);
    expect(ids).toEqual(workspace.requests.filter((r) => ids.includes(r.id)).map((r) => r.id));
    const weeks = weekRange(from, 26);
    expect(computeCapacityGrid(part, weeks)).toEqual(computeCapacityGrid(workspace, weeks));
  });

  it('leaves out leave, support and placements that ended before the Monday of `from`, and income and value dated before it', () => {
    const part = recentPart(workspace, from);
    const monday = '2026-11-23';
    expect(part.leave.length).toBeLessThan(workspace.leave.length);
    expect(part.leave.every((l) => l.to >= monday)).toBe(true);
    expect(part.leave).toEqual(workspace.leave.filter((l) => l.to >= monday));
    expect(part.placements).toEqual(workspace.placements.filter((p) => p.to === null || p.to >= monday));
    expect(part.structural).toEqual(workspace.structural.filter((s) => s.to === null || s.to >= monday));
    expect(part.value.every((v) => v.date >= monday)).toBe(true);
    expect(part.income.every((i) => i.date >= monday)).toBe(true);
  });
});

describe('joining the rest to the recent part', () => {
  it('gives the whole workspace, with the records the grid was drawn from kept, so the grid is not computed again', () => {
    const part = snapshotOf(received(recentPart(workspace, from)), 7, from);
    const whole = snapshotOf(received(workspace), 7, null);
    const weeks = weekRange(from, 13);
    const cache = createCapacityGridCache();
    const drawn = cache.compute(part.workspace, weeks);

    const joined = joinRecent(part, whole);
    expect(joined).toEqual(whole);
    expect(joined.workspace.people).toBe(part.workspace.people);
    const first = part.workspace.requests[0];
    expect(joined.workspace.requests.find((r) => r.id === first?.id)).toBe(first);
    expect(cache.compute(joined.workspace, weeks)).toBe(drawn);
  });

  it('takes the whole answer as it is when the workspace changed in between', () => {
    const part = snapshotOf(received(recentPart(workspace, from)), 7, from);
    const whole = snapshotOf(received(workspace), 8, null);
    expect(joinRecent(part, whole)).toBe(whole);
  });
});
