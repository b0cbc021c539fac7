import { describe, expect, it } from 'vitest';
import { computeCapacityGrid } from './grid.ts';
import { spareInWindow } from './window.ts';
import { leave, person, support, workspace } from './test-fixtures.ts';

const anna = person('anna');

describe('spare hours in a date window', () => {
  it('sums whole weeks exactly as the grid shows them', () => {
    const ws = workspace({ people: [anna], structural: [support('s1', 'anna')] });
    const grid = computeCapacityGrid(ws, ['2026-W10', '2026-W11']);
    const inGrid = grid.totals.reduce((sum, c) => sum + c.spare, 0);
    expect(spareInWindow(ws, 'anna', '2026-03-02', '2026-03-15')).toBe(inGrid);
    expect(inGrid).toBe(60);
  });

  it('counts a partial week in proportion to the hours available on its days', () => {
    const ws = workspace({ people: [anna], structural: [support('s1', 'anna')] });
    // Spare that week is 30; Monday–Wednesday hold 24 of the 40 available hours.
    expect(spareInWindow(ws, 'anna', '2026-03-02', '2026-03-04')).toBeCloseTo(18, 12);
    // A weekend has no available hours for a Mon–Fri worker.
    expect(spareInWindow(ws, 'anna', '2026-03-07', '2026-03-08')).toBe(0);
  });

  it('has nothing spare in days the person is on leave', () => {
    const ws = workspace({
      people: [anna],
      structural: [support('s1', 'anna')],
      leave: [leave('l1', 'anna', '2026-03-02', '2026-03-04')],
    });
    expect(spareInWindow(ws, 'anna', '2026-03-02', '2026-03-04')).toBe(0);
    // Thursday and Friday: 16 hours worked, support 10 × 16/40 = 4, so 12 spare.
    expect(spareInWindow(ws, 'anna', '2026-03-05', '2026-03-06')).toBe(12);
  });

  it('gives 0 for an unknown person or a window that ends before it starts', () => {
    const ws = workspace({ people: [anna] });
    expect(spareInWindow(ws, 'nobody', '2026-03-02', '2026-03-06')).toBe(0);
    expect(spareInWindow(ws, 'anna', '2026-03-06', '2026-03-02')).toBe(0);
  });
});
