import { describe, expect, it } from 'vitest';
import { computeCapacityGrid } from '../capacity/index.ts';
import { leave, person, placement, support, workspace } from '../capacity/test-fixtures.ts';
import { findCoverageGaps } from './coverage.ts';

// Week 50 of 2026 is 7–13 December: no public holidays.
const week = '2026-W50';

function gapsFor(ws: ReturnType<typeof workspace>, weeks = [week]) {
  return findCoverageGaps(ws, computeCapacityGrid(ws, weeks));
}

describe('manager coverage', () => {
  it('flags a manager whose secretary is on leave, with the hours the line asks', () => {
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [support('s1', 'anna', { supported: 'Directeur', backupPersonId: 'bram', hoursPerWeek: 12 })],
      leave: [leave('l1', 'anna', '2026-12-07', '2026-12-11')],
    });
    expect(gapsFor(ws)).toEqual([
      { week, structuralId: 's1', supported: 'Directeur', personId: 'anna', reason: 'leave', hours: 12 },
    ]);
  });

  it('asks less in a week with days the organisation gives off, as the manager is off then too', () => {
    // Week 52: Christmas Day is Friday 25 December, a day off; Boxing Day falls on Saturday.
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [support('s1', 'anna', { supported: 'Directeur', hoursPerWeek: 10 })],
      leave: [leave('l1', 'anna', '2026-12-21', '2026-12-24')],
    });
    expect(gapsFor(ws, ['2026-W52']).map((g) => g.hours)).toEqual([8]);
  });

  it('does not flag a manager who is also supported by someone present', () => {
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [
        support('s1', 'anna', { supported: 'Directeur' }),
        support('s2', 'bram', { supported: 'Directeur' }),
      ],
      leave: [leave('l1', 'anna', '2026-12-07', '2026-12-11')],
    });
    expect(gapsFor(ws)).toEqual([]);
  });

  it('flags a secretary booked beyond their hours by a placement', () => {
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [support('s1', 'anna', { supported: 'Directeur', hoursPerWeek: 20, backupPersonId: 'bram' })],
      placements: [placement('pl1', 'anna', { hoursPerWeek: 24 })],
    });
    expect(gapsFor(ws).map((g) => g.reason)).toEqual(['placement']);
  });

  it('ignores a short absence (less than half the week)', () => {
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [support('s1', 'anna', { supported: 'Directeur' })],
      leave: [leave('l1', 'anna', '2026-12-07', '2026-12-08')],
    });
    expect(gapsFor(ws)).toEqual([]);
  });
});
