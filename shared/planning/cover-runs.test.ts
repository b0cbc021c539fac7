import { describe, expect, it } from 'vitest';
import { computeCapacityGrid, weekRange } from '../capacity/index.ts';
import { leave, person, support, workspace } from '../capacity/test-fixtures.ts';
import type { CoverDismissal } from '../schemas/index.ts';
import { coverCandidates, groupCoverRuns, proposeCover, type CoverRun } from './cover-runs.ts';
import { findCoverageGaps } from './coverage.ts';

// Weeks 49–51 of 2026 (30 November – 20 December) have no public holidays.
const weeks = weekRange('2026-W49', 3);

const team = () =>
  workspace({
    people: [
      person('anna', undefined, { skills: ['minutes'] }),
      person('bram'),
      person('cees', undefined, { skills: ['minutes'] }),
      person('dirk'),
      person('eva'),
    ],
    structural: [
      support('s1', 'anna', { supported: 'Directeur', backupPersonId: 'bram', hoursPerWeek: 12 }),
      support('s2', 'bram', { supported: 'Manager Beleid', hoursPerWeek: 34 }),
      support('s3', 'cees', { supported: 'Team Events', hoursPerWeek: 32 }),
      support('s4', 'eva', { supported: 'Ondernemingsraad', hoursPerWeek: 30 }),
    ],
    // Anna is away in weeks 49 and 50 (one run), Dirk in week 50.
    leave: [leave('l1', 'anna', '2026-11-30', '2026-12-11'), leave('l2', 'dirk', '2026-12-07', '2026-12-11')],
  });

function runsOf(ws: ReturnType<typeof workspace>, dismissals: CoverDismissal[] = []) {
  const grid = computeCapacityGrid(ws, weeks);
  return { grid, runs: groupCoverRuns(findCoverageGaps(ws, grid), dismissals) };
}

const dismissal = (from: string, to: string): CoverDismissal => ({
  id: 'cd1',
  supported: 'Directeur',
  from,
  to,
  reason: 'managerAway',
  note: '',
  decidedOn: '2026-11-23',
});

describe('cover runs', () => {
  it('groups a manager’s uncovered weeks into one run instead of a row per week', () => {
    const { runs } = runsOf(team());
    expect(runs).toEqual([
      {
        supported: 'Directeur',
        structuralId: 's1',
        secretaries: ['anna'],
        reasons: ['leave'],
        weeks: ['2026-W49', '2026-W50'],
        hours: [12, 12],
        dismissal: null,
      },
    ]);
  });

  it('starts a new run after a covered week', () => {
    const ws = team();
    ws.leave = [leave('l1', 'anna', '2026-11-30', '2026-12-04'), leave('l3', 'anna', '2026-12-14', '2026-12-18')];
    expect(runsOf(ws).runs.map((r) => r.weeks)).toEqual([['2026-W49'], ['2026-W51']]);
  });

  it('adds up the hours of two secretaries of the same manager who are both away', () => {
    const ws = team();
    ws.structural.push(support('s5', 'dirk', { supported: 'Directeur', hoursPerWeek: 6 }));
    const { runs } = runsOf(ws);
    expect(runs.map((r) => ({ weeks: r.weeks, hours: r.hours, secretaries: r.secretaries }))).toEqual([
      // Week 49: Dirk is present and supports the Directeur, so only week 50 is a gap.
      { weeks: ['2026-W50'], hours: [18], secretaries: ['anna', 'dirk'] },
    ]);
  });

  it('keeps dismissed weeks apart from the open ones, with the dismissal on the run', () => {
    const { runs } = runsOf(team(), [dismissal('2026-W49', '2026-W49')]);
    expect(runs.map((r) => ({ weeks: r.weeks, dismissed: r.dismissal?.reason ?? null }))).toEqual([
      { weeks: ['2026-W49'], dismissed: 'managerAway' },
      { weeks: ['2026-W50'], dismissed: null },
    ]);
  });
});

describe('cover candidates and proposal', () => {
  it('lists the backup first, then shared skills, each with their spare hours per week; nobody away in the run', () => {
    const ws = team();
    const { grid, runs } = runsOf(ws);
    const candidates = coverCandidates(runs[0]!, ws, grid);
    expect(candidates.map((c) => ({ id: c.personId, backup: c.isBackup, spare: c.spare }))).toEqual([
      { id: 'bram', backup: true, spare: [6, 6] },
      { id: 'cees', backup: false, spare: [8, 8] },
      { id: 'eva', backup: false, spare: [10, 10] },
    ]);
  });

  it('proposes one person with room for the whole need, the backup first', () => {
    const ws = team();
    ws.structural = ws.structural.filter((l) => l.id !== 's2');
    const { grid, runs } = runsOf(ws);
    expect(proposeCover(runs[0]!, coverCandidates(runs[0]!, ws, grid))).toEqual([{ personId: 'bram', hours: 12 }]);
  });

  it('splits the hours over the two with the most room when nobody has room for all of it', () => {
    const ws = team();
    const { grid, runs } = runsOf(ws);
    expect(proposeCover(runs[0]!, coverCandidates(runs[0]!, ws, grid))).toEqual([
      { personId: 'eva', hours: 10 },
      { personId: 'cees', hours: 2 },
    ]);
  });

  it('proposes nothing when even two together fall short', () => {
    const run: CoverRun = {
      supported: 'Directeur',
      structuralId: 's1',
      secretaries: ['anna'],
      reasons: ['leave'],
      weeks: ['2026-W49'],
      hours: [12],
      dismissal: null,
    };
    const few = [
      { personId: 'bram', isBackup: true, spare: [3], minSpare: 3, sharedSkills: 0 },
      { personId: 'cees', isBackup: false, spare: [4], minSpare: 4, sharedSkills: 0 },
    ];
    expect(proposeCover(run, few)).toBeNull();
  });
});
