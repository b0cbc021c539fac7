import { describe, expect, it } from 'vitest';
import { computeCapacityGrid } from '../capacity/index.ts';
import { leave, person, placement, support, workspace } from '../capacity/test-fixtures.ts';
import { findCoverageGaps } from './coverage.ts';

// Week 50 of 2026 is 7–13 December: no public holidays.
const week = '2026-W50';

function gapsFor(ws: ReturnType<typeof workspace>) {
  return findCoverageGaps(ws, computeCapacityGrid(ws, [week]));
}

describe('manager coverage', () => {
  it('flags a manager whose secretary is on leave and proposes the backup', () => {
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [support('s1', 'anna', { supported: 'Directeur', backupPersonId: 'bram', hoursPerWeek: 12 })],
      leave: [leave('l1', 'anna', '2026-12-07', '2026-12-11')],
    });
    expect(gapsFor(ws)).toEqual([
      { week, structuralId: 's1', supported: 'Directeur', personId: 'anna', reason: 'leave', hours: 12, proposal: { personId: 'bram', source: 'backup', spare: 40 } },
    ]);
  });

  it('passes over a backup without room and proposes the freest person with shared skills', () => {
    const ws = workspace({
      people: [
        person('anna', undefined, { skills: ['minutes'] }),
        person('bram'),
        person('cees', undefined, { skills: ['minutes'] }),
        person('dirk'),
      ],
      structural: [
        support('s1', 'anna', { supported: 'Directeur', backupPersonId: 'bram', hoursPerWeek: 12 }),
        support('s2', 'bram', { supported: 'Manager Beleid', hoursPerWeek: 35 }),
        support('s3', 'cees', { supported: 'Team Events', hoursPerWeek: 20 }),
      ],
      leave: [leave('l1', 'anna', '2026-12-07', '2026-12-11')],
    });
    const [gap] = gapsFor(ws);
    expect(gap?.proposal).toEqual({ personId: 'cees', source: 'free', spare: 20 });
  });

  it('does not flag a manager who is also supported by someone present', () => {
    const ws = workspace({
      people: [person('anna'), person('bram')],
      structural: [support('s1', 'anna', { supported: 'Directeur' }), support('s2', 'bram', { supported: 'Directeur' })],
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
