import { describe, expect, it } from 'vitest';
import type { RequestStatus } from '../schemas/index.ts';
import { computeCapacityGrid } from './grid.ts';
import { fullTime, leave, monTueThu, person, placement, request, support, workspace } from './test-fixtures.ts';

const anna = person('anna');
const weeks = ['2026-W09', '2026-W10', '2026-W11', '2026-W12', '2026-W13'];

describe('structural support', () => {
  it('counts a support line starting on a Wednesday pro rata by the person’s working days', () => {
    const ws = workspace({
      people: [anna, person('bram', monTueThu)],
      structural: [support('s1', 'anna', { from: '2026-03-04' }), support('s2', 'bram', { from: '2026-03-04' })],
    });
    const grid = computeCapacityGrid(ws, weeks.slice(0, 3));
    // Anna: Wed–Fri are 24 of her 40 hours. Bram works only Thursday after the start: 8 of 24.
    expect(grid.rows[0]?.cells.map((c) => c.structural)).toEqual([0, 6, 10]);
    expect(grid.rows[1]?.cells[1]?.structural).toBeCloseTo(10 / 3, 12);
    expect(grid.rows[1]?.cells[2]?.structural).toBe(10);
  });

  it('counts a support line ending on a Tuesday for Monday and Tuesday only', () => {
    const ws = workspace({ people: [anna], structural: [support('s1', 'anna', { to: '2026-03-10' })] });
    expect(computeCapacityGrid(ws, weeks).rows[0]?.cells.map((c) => c.structural)).toEqual([10, 10, 4, 0, 0]);
  });

  it('replaces the weekly hours in an exception week, and skips a week at 0 hours', () => {
    const ws = workspace({
      people: [anna],
      structural: [
        support('s1', 'anna', {
          exceptions: [
            { week: '2026-W10', hours: 4 },
            { week: '2026-W11', hours: 0 },
          ],
        }),
      ],
    });
    const cells = computeCapacityGrid(ws, weeks).rows[0]?.cells ?? [];
    expect(cells.map((c) => c.structural)).toEqual([10, 4, 0, 10, 10]);
    expect(cells.map((c) => c.spare)).toEqual([30, 36, 40, 30, 30]);
  });

  it('takes a holiday out of the commitment too: nobody supports a manager on Easter Monday', () => {
    const ws = workspace({ people: [anna], structural: [support('s1', 'anna')] });
    // 32 of 40 hours are worked, so 10 h/week of support costs 8 that week.
    expect(computeCapacityGrid(ws, ['2026-W15']).rows[0]?.cells[0]).toMatchObject({
      available: 32,
      structural: 8,
      spare: 24,
    });
  });

  it('leaves a person on leave all week with nothing committed and nothing spare, not over-booked', () => {
    const ws = workspace({
      people: [anna],
      structural: [support('s1', 'anna')],
      leave: [leave('l1', 'anna', '2026-03-02', '2026-03-06')],
    });
    expect(computeCapacityGrid(ws, ['2026-W10']).rows[0]?.cells[0]).toMatchObject({
      available: 0,
      structural: 0,
      spare: 0,
    });
  });
});

describe('placements', () => {
  it('shows a proposed placement apart from confirmed work', () => {
    const ws = workspace({
      people: [anna],
      placements: [placement('p1', 'anna'), placement('p2', 'anna', { status: 'proposed', hoursPerWeek: 8 })],
    });
    expect(computeCapacityGrid(ws, ['2026-W10']).rows[0]?.cells[0]).toMatchObject({
      placementsConfirmed: 16,
      placementsProposed: 8,
      committed: 16,
      spare: 24,
      spareIfProposed: 16,
      utilisation: 0.4,
    });
  });

  it('counts an ended placement as confirmed up to its end date', () => {
    const ws = workspace({
      people: [anna],
      placements: [placement('p1', 'anna', { status: 'ended', to: '2026-03-04' })],
    });
    // Ends on Wednesday: Mon–Wed are 24 of 40 hours.
    expect(computeCapacityGrid(ws, weeks).rows[0]?.cells.map((c) => c.placementsConfirmed)).toEqual([16, 9.6, 0, 0, 0]);
  });
});

describe('ad-hoc requests', () => {
  it('counts assignments of assigned, in-progress and done requests only', () => {
    const statuses: RequestStatus[] = ['new', 'assigned', 'in_progress', 'done', 'declined', 'deferred'];
    const ws = workspace({
      people: [anna],
      requests: statuses.map((status, i) =>
        request(`r${i}`, { status, assignments: [{ personId: 'anna', week: '2026-W10', hours: 5 }] }),
      ),
    });
    expect(computeCapacityGrid(ws, ['2026-W10']).rows[0]?.cells[0]).toMatchObject({ adhoc: 15, spare: 25 });
  });

  it('puts an assignment in its own week and on its own person', () => {
    const ws = workspace({
      people: [anna, person('bram', monTueThu)],
      requests: [request('r1', { assignments: [{ personId: 'bram', week: '2026-W11', hours: 3 }] })],
    });
    const grid = computeCapacityGrid(ws, weeks);
    expect(grid.rows[0]?.cells.every((c) => c.adhoc === 0)).toBe(true);
    expect(grid.rows[1]?.cells.map((c) => c.adhoc)).toEqual([0, 0, 3, 0, 0]);
  });
});

describe('over-booking and team totals', () => {
  it('shows an over-booked week as negative spare', () => {
    const ws = workspace({
      people: [anna],
      structural: [support('s1', 'anna', { hoursPerWeek: 30 })],
      placements: [placement('p1', 'anna')],
    });
    const c = computeCapacityGrid(ws, ['2026-W10']).rows[0]?.cells[0];
    expect(c).toMatchObject({ committed: 46, spare: -6 });
    expect(c?.utilisation).toBeCloseTo(46 / 40, 12);
  });

  it('adds up the team per week, with the team’s own utilisation', () => {
    const ws = workspace({
      people: [anna, person('bram', monTueThu)],
      structural: [support('s1', 'anna', { hoursPerWeek: 20 })],
      placements: [placement('p1', 'bram', { hoursPerWeek: 12, status: 'proposed' })],
    });
    const [total] = computeCapacityGrid(ws, ['2026-W10']).totals;
    expect(total).toMatchObject({
      contract: 64,
      available: 64,
      committed: 20,
      placementsProposed: 12,
      spare: 44,
      spareIfProposed: 32,
      utilisation: 20 / 64,
    });
  });

  it('lists people in workspace order, in the order the weeks were asked', () => {
    const ws = workspace({ people: [person('zoe'), anna] });
    const grid = computeCapacityGrid(ws, ['2026-W12', '2026-W10']);
    expect(grid.weeks).toEqual(['2026-W12', '2026-W10']);
    expect(grid.rows.map((r) => r.personId)).toEqual(['zoe', 'anna']);
    expect(computeCapacityGrid(ws, [])).toEqual({ weeks: [], rows: [], totals: [] });
  });

  it('gives someone with a zero-hour contract no availability but still shows their work', () => {
    const none = { ...fullTime, mon: 0, tue: 0, wed: 0, thu: 0, fri: 0 };
    const ws = workspace({
      people: [person('oproep', none)],
      structural: [support('s1', 'oproep', { hoursPerWeek: 4 })],
    });
    expect(computeCapacityGrid(ws, ['2026-W10']).rows[0]?.cells[0]).toMatchObject({
      available: 0,
      committed: 4,
      spare: -4,
      utilisation: 0,
    });
  });
});
