import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../demo/index.ts';
import { revenueByMonth } from '../revenue/index.ts';
import { monthCapacity } from './month-capacity.ts';
import { leave, person, placement, request, support, workspace } from './test-fixtures.ts';

// September 2026: 22 working days, no public holidays.
describe('capacity per calendar month', () => {
  it('counts contract hours and a weekly support line day by day', () => {
    const ws = workspace({ people: [person('anna')], structural: [support('s1', 'anna', { hoursPerWeek: 10 })] });
    const [sept] = monthCapacity(ws, ['2026-09']);
    expect(sept?.totals).toMatchObject({ contract: 176, available: 176, structural: 44, spare: 132 });
  });

  it('takes leave out of both the hours available and the commitments', () => {
    const ws = workspace({
      people: [person('anna')],
      structural: [support('s1', 'anna', { hoursPerWeek: 10 })],
      leave: [leave('l1', 'anna', '2026-09-07', '2026-09-11')],
    });
    const [sept] = monthCapacity(ws, ['2026-09']);
    expect(sept?.totals).toMatchObject({ leave: 40, available: 136, structural: 34 });
  });

  it('spreads ad-hoc hours of a week that straddles two months over its working days', () => {
    const ws = workspace({
      people: [person('anna')],
      requests: [request('r1', { assignments: [{ personId: 'anna', week: '2026-W40', hours: 8 }] })],
    });
    const [sept, oct] = monthCapacity(ws, ['2026-09', '2026-10']);
    // Week 40 runs Monday 28 September to Sunday 4 October: 3 working days in September, 2 in October.
    expect(sept?.totals.adhoc).toBeCloseTo(4.8, 9);
    expect(oct?.totals.adhoc).toBeCloseTo(3.2, 9);
  });

  it('counts proposed placements apart from confirmed ones', () => {
    const ws = workspace({
      people: [person('anna')],
      placements: [placement('p1', 'anna', { status: 'proposed', hoursPerWeek: 8 })],
    });
    const [sept] = monthCapacity(ws, ['2026-09']);
    expect(sept?.totals.placementsConfirmed).toBe(0);
    expect(sept?.totals.placementsProposed).toBeCloseTo(35.2, 9);
  });

  it('agrees with the revenue calculation on the hours worked for placements, person by person', () => {
    const ws = generateDemoWorkspace({ people: 15, today: '2026-11-23' });
    const months = ['2026-06', '2026-10', '2026-12'];
    const revenue = revenueByMonth(ws, months, '2026-11-23');
    monthCapacity(ws, months).forEach(({ rows }, i) => {
      for (const { personId, cell } of rows) {
        const planned = revenue[i]!.placements.filter((p) => p.personId === personId && p.status !== 'proposed').reduce(
          (s, p) => s + p.plannedHours,
          0,
        );
        expect(cell.placementsConfirmed).toBeCloseTo(planned, 6);
      }
    });
  });
});
