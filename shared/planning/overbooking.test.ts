import { describe, expect, it } from 'vitest';
import { leave, person, placement, support, workspace } from '../capacity/test-fixtures.ts';
import { placementWarnings, placementWeeks, warningRuns } from './overbooking.ts';

describe('warnings before a placement is confirmed', () => {
  // Daphne works 32 h (Mon–Thu 8 h) and already gives 20 h of structural support: 12 h spare.
  const daphne = person('daphne', { mon: 8, tue: 8, wed: 8, thu: 8, fri: 0, sat: 0, sun: 0 });
  const base = workspace({
    people: [daphne],
    structural: [support('s1', 'daphne', { hoursPerWeek: 20 })],
    leave: [leave('l1', 'daphne', '2027-01-11', '2027-01-13')],
  });

  it('lists each week the placement leaves her short, with the spare before and after', () => {
    const plan = placement('p1', 'daphne', { from: '2026-12-07', to: '2026-12-20', hoursPerWeek: 16, status: 'confirmed' });
    const warnings = placementWarnings(base, plan, '2026-11-23');
    expect(warnings.map((w) => w.week)).toEqual(['2026-W50', '2026-W51']);
    expect(warnings[0]).toMatchObject({ personId: 'daphne', before: 12, after: -4, overbooked: true, onLeave: false });
  });

  it('says nothing when the hours fit, and names a week that falls in her leave', () => {
    const plan = placement('p1', 'daphne', { from: '2027-01-04', to: '2027-01-24', hoursPerWeek: 4, status: 'confirmed' });
    const warnings = placementWarnings(base, plan, '2026-11-23');
    expect(warnings).toEqual([expect.objectContaining({ week: '2027-W02', onLeave: true })]);
  });

  it('ignores a placement that stays proposed: it commits nothing', () => {
    const plan = placement('p1', 'daphne', { from: '2026-12-07', to: '2026-12-20', hoursPerWeek: 16, status: 'proposed' });
    expect(placementWarnings(base, plan, '2026-11-23')).toEqual([]);
  });

  it('looks half a year ahead for an open-ended placement', () => {
    expect(placementWeeks({ from: '2026-12-07', to: null }, '2026-11-23')).toHaveLength(26);
  });
});

describe('warning runs', () => {
  it('folds consecutive weeks into one line with the lowest spare, leave weeks apart', () => {
    const w = (week: string, after: number, onLeave = false) => ({ personId: 'daphne', week, before: 2, after, overbooked: after < 0, onLeave });
    expect(warningRuns([w('2026-W52', -3), w('2026-W53', -4), w('2027-W01', -3), w('2027-W03', -1), w('2027-W05', 1, true)])).toEqual([
      { personId: 'daphne', kind: 'overbooked', first: '2026-W52', last: '2027-W01', weeks: 3, lowest: -4 },
      { personId: 'daphne', kind: 'overbooked', first: '2027-W03', last: '2027-W03', weeks: 1, lowest: -1 },
      { personId: 'daphne', kind: 'onLeave', first: '2027-W05', last: '2027-W05', weeks: 1, lowest: 1 },
    ]);
  });
});
