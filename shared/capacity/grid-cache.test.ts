import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../demo/index.ts';
import type { SupportRequest, Workspace } from '../schemas/index.ts';
import { computeCapacityGrid, createCapacityGridCache } from './grid.ts';
import { addWeeks, weekKey, weekRange } from './weeks.ts';

const today = '2026-11-23';
const weeks = weekRange(addWeeks(weekKey(today), -20), 30);
const base = generateDemoWorkspace({ people: 40, today, seed: 3, monthsBack: 6, monthsAhead: 2 });

/* Each revision shares every record it does not change, as the renderer's workspace updates do. */
function withRequest(ws: Workspace, index: number, change: (r: SupportRequest) => SupportRequest): Workspace {
  const request = ws.requests[index];
  if (!request) throw new Error(`no request ${index}`);
  return { ...ws, requests: ws.requests.with(index, change(request)) };
}

const assignedAt = base.requests.findIndex((r) => r.status === 'assigned' && r.assignments.length === 1);
const assignee = base.requests[assignedAt]?.assignments[0]?.personId ?? '';

function oneMoreHour(ws: Workspace): Workspace {
  return withRequest(ws, assignedAt, (r) => ({
    ...r,
    assignments: r.assignments.map((a) => ({ ...a, hours: a.hours + 1 })),
  }));
}

describe('the capacity grid after a change', () => {
  it('recomputes only the row of the person given one more hour of ad-hoc work, with the same figures as from scratch', () => {
    const cache = createCapacityGridCache();
    const before = cache.compute(base, weeks);
    const next = oneMoreHour(base);
    const after = cache.compute(next, weeks);
    expect(after).toEqual(computeCapacityGrid(next, weeks));
    const renewed = after.rows.filter((row, i) => row !== before.rows[i]).map((row) => row.personId);
    expect(renewed).toEqual([assignee]);
    const week = after.totals.findIndex((total, w) => total.adhoc !== before.totals[w]?.adhoc);
    expect((after.totals[week]?.adhoc ?? 0) - (before.totals[week]?.adhoc ?? 0)).toBe(1);
  });

  it('agrees with a full computation through a run of different changes', () => {
    const cache = createCapacityGridCache();
    const [first, second] = base.people;
    if (!first || !second) throw new Error('demo too small');
    const revisions: Workspace[] = [base];
    const push = (change: (ws: Workspace) => Workspace) => revisions.push(change(revisions.at(-1) ?? base));
    push(oneMoreHour);
    push((ws) => ({
      ...ws,
      leave: [
        ...ws.leave,
        {
          id: 'leave-x',
          personId: first.id,
          kind: 'vacation',
          from: '2026-10-05',
          to: '2026-10-09',
          hoursPerDay: null,
          note: '',
        },
      ],
    }));
    push((ws) => ({
      ...ws,
      people: ws.people.map((p) =>
        p === second
          ? {
              ...p,
              contracts: [
                ...p.contracts,
                { ...p.contracts[0]!, from: '2026-09-01', hours: { ...p.contracts[0]!.hours, fri: 0 } },
              ],
            }
          : p,
      ),
    }));
    push((ws) => ({ ...ws, requests: ws.requests.slice(1) }));
    push((ws) => ({
      ...ws,
      settings: { ...ws.settings, holidayRules: [{ ...ws.settings.holidayRules[0]!, liberationDay: 'always' }] },
    }));
    push((ws) => withRequest(ws, 0, (r) => ({ ...r, status: r.status === 'done' ? 'declined' : 'done' })));
    for (const ws of revisions) expect(cache.compute(ws, weeks)).toEqual(computeCapacityGrid(ws, weeks));
  });

  it('keeps every row when only work outside the weeks shown changes, and counts work moved into them', () => {
    const cache = createCapacityGridCache();
    const before = cache.compute(base, weeks);
    const outside = addWeeks(weeks[0]!, -3);
    const moved = withRequest(base, assignedAt, (r) => ({
      ...r,
      assignments: r.assignments.map((a) => ({ ...a, week: outside })),
    }));
    const away = cache.compute(moved, weeks);
    expect(away).toEqual(computeCapacityGrid(moved, weeks));
    const elsewhere = withRequest(moved, assignedAt, (r) => ({
      ...r,
      assignments: r.assignments.map((a) => ({ ...a, hours: a.hours + 2 })),
    }));
    const still = cache.compute(elsewhere, weeks);
    expect(still.rows.every((row, i) => row === away.rows[i])).toBe(true);
    const back = withRequest(elsewhere, assignedAt, (r) => ({
      ...r,
      assignments: r.assignments.map((a) => ({ ...a, week: weeks[5]! })),
    }));
    expect(cache.compute(back, weeks)).toEqual(computeCapacityGrid(back, weeks));
    expect(before.rows.length).toBe(away.rows.length);
  });
});
