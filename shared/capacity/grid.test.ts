import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../schemas/index.ts';
import type { Workspace } from '../schemas/index.ts';
import { generateDemoWorkspace } from '../demo/index.ts';
import { computeCapacityGrid } from './grid.ts';
import { addWeeks, weekKey, weekRange } from './weeks.ts';
import type { CapacityCell } from './types.ts';
import { fullTime, leave, monTueThu, person, summedLines, workspace } from './test-fixtures.ts';

/** The one cell of the only person in a one-week grid. */
function cell(ws: Workspace, week: string, personId = ws.people[0]?.id): CapacityCell {
  const grid = computeCapacityGrid(ws, [week]);
  const row = grid.rows.find((r) => r.personId === personId);
  if (!row?.cells[0]) throw new Error(`no cell for ${personId}`);
  return row.cells[0];
}

const anna = person('anna');

describe('available hours', () => {
  it('gives a full-timer 40 hours in an ordinary week, all spare', () => {
    const ws = workspace({ people: [anna] });
    expect(workspaceSchema.safeParse(ws).success).toBe(true);
    expect(cell(ws, '2026-W10')).toEqual({
      contract: 40,
      holiday: 0,
      leave: 0,
      available: 40,
      structural: 0,
      placementsConfirmed: 0,
      placementsProposed: 0,
      adhoc: 0,
      committed: 0,
      spare: 40,
      spareIfProposed: 40,
      utilisation: 0,
    });
  });

  it('costs a Mon/Tue/Thu part-timer nothing for a Wednesday holiday (New Year 2025)', () => {
    const ws = workspace({ people: [person('bram', monTueThu), anna] });
    expect(cell(ws, '2025-W01', 'bram')).toMatchObject({ contract: 24, holiday: 0, available: 24 });
    expect(cell(ws, '2025-W01', 'anna')).toMatchObject({ contract: 40, holiday: 8, available: 32 });
  });

  it('costs the same part-timer 8 hours for a Monday holiday (Easter Monday 2026)', () => {
    const ws = workspace({ people: [person('bram', monTueThu)] });
    expect(cell(ws, '2026-W15')).toMatchObject({ contract: 24, holiday: 8, available: 16 });
  });

  it('costs a Mon–Fri worker nothing for Koningsdag 2025 (Saturday 26 April)', () => {
    // 2025-W17 still holds Easter Monday, 21 April.
    expect(cell(workspace({ people: [anna] }), '2025-W17')).toMatchObject({ holiday: 8, available: 32 });
  });

  it('costs a Mon–Fri worker a day for Koningsdag 2026 (Monday 27 April)', () => {
    expect(cell(workspace({ people: [anna] }), '2026-W18')).toMatchObject({ holiday: 8, available: 32 });
  });

  it('follows the Bevrijdingsdag rule', () => {
    const ws = workspace({ people: [anna] });
    expect(cell(ws, '2025-W19').available).toBe(32); // lustrum 2025: Monday 5 May off
    expect(cell(ws, '2026-W19').available).toBe(40); // lustrum 2026: a working Tuesday
    const rule = (liberationDay: 'always' | 'never') => ({
      ...ws,
      settings: { ...ws.settings, holidayRules: [{ ...ws.settings.holidayRules[0]!, liberationDay }] },
    });
    const always = rule('always');
    expect(cell(always, '2026-W19').available).toBe(32);
    const never = rule('never');
    expect(cell(never, '2025-W19').available).toBe(40);
  });

  it('has week 53 of 2026 with New Year 2027 in it: 32 hours for a Mon–Fri 8h person', () => {
    const grid = computeCapacityGrid(workspace({ people: [anna] }), ['2026-W52', '2026-W53', '2027-W01']);
    expect(grid.rows[0]?.cells.map((c) => c.available)).toEqual([32, 32, 40]);
  });

  it('splits the week in which a new contract starts on a Wednesday', () => {
    const halfDays = { ...fullTime, mon: 4, tue: 4, wed: 4, thu: 4, fri: 4 };
    const ws = workspace({
      people: [
        person('cees', halfDays, {
          contracts: [
            { from: '2020-01-01', hours: halfDays },
            { from: '2026-03-04', hours: fullTime },
          ],
        }),
      ],
    });
    const grid = computeCapacityGrid(ws, ['2026-W09', '2026-W10', '2026-W11']);
    // Mon + Tue at 4 h, Wed–Fri at 8 h.
    expect(grid.rows[0]?.cells.map((c) => c.contract)).toEqual([20, 32, 40]);
  });

  it('counts only the days someone is employed in the weeks they join and leave', () => {
    const ws = workspace({ people: [person('dirk', fullTime, { activeFrom: '2026-03-05', activeTo: '2026-03-17' })] });
    const grid = computeCapacityGrid(ws, ['2026-W10', '2026-W11', '2026-W12', '2026-W13']);
    expect(grid.rows[0]?.cells.map((c) => c.available)).toEqual([16, 40, 16, 0]);
    expect(computeCapacityGrid(ws, ['2026-W20']).rows).toEqual([]);
  });
});

describe('leave', () => {
  it('takes whole working days at the contract hours of each day', () => {
    const ws = workspace({ people: [anna], leave: [leave('l1', 'anna', '2026-03-02', '2026-03-03')] });
    expect(cell(ws, '2026-W10')).toMatchObject({ leave: 16, available: 24 });
  });

  it('takes only working days of a part-timer, even over a whole week', () => {
    const ws = workspace({
      people: [person('bram', monTueThu)],
      leave: [leave('l1', 'bram', '2026-03-02', '2026-03-08')],
    });
    expect(cell(ws, '2026-W10')).toMatchObject({ leave: 24, available: 0, utilisation: 0 });
  });

  it('takes partial hours per day, capped at the day’s contract hours', () => {
    const halfDay = workspace({ people: [anna], leave: [leave('l1', 'anna', '2026-03-02', '2026-03-06', 4)] });
    expect(cell(halfDay, '2026-W10')).toMatchObject({ leave: 20, available: 20 });
    const tooMany = workspace({ people: [anna], leave: [leave('l1', 'anna', '2026-03-02', '2026-03-02', 10)] });
    expect(cell(tooMany, '2026-W10')).toMatchObject({ leave: 8, available: 32 });
  });

  it('does not count leave on a holiday twice', () => {
    const ws = workspace({ people: [anna], leave: [leave('l1', 'anna', '2026-04-06', '2026-04-10')] });
    expect(cell(ws, '2026-W15')).toMatchObject({ holiday: 8, leave: 32, available: 0 });
  });

  it('does not take a day twice when two leave records overlap', () => {
    const ws = workspace({
      people: [anna],
      leave: [leave('l1', 'anna', '2026-03-02', '2026-03-04'), leave('l2', 'anna', '2026-03-04', '2026-03-04', 4)],
    });
    expect(cell(ws, '2026-W10')).toMatchObject({ leave: 24, available: 16 });
  });
});

describe('team totals', () => {
  it('are the rows added up in team order, to the last bit, with utilisation as the team’s own ratio', () => {
    const ws = generateDemoWorkspace({ people: 30, today: '2026-11-23', seed: 5, monthsBack: 4, monthsAhead: 2 });
    const weeks = weekRange(addWeeks(weekKey('2026-11-23'), -12), 20);
    const grid = computeCapacityGrid(ws, weeks);
    grid.totals.forEach((total, w) => {
      for (const line of summedLines)
        expect(total[line]).toBe(grid.rows.reduce((s, row) => s + (row.cells[w]?.[line] ?? 0), 0));
      expect(total.utilisation).toBe(total.available > 0 ? total.committed / total.available : 0);
    });
    // Weeks with holidays, leave and ad-hoc work, so every line is really added up.
    for (const line of ['holiday', 'leave', 'adhoc'] as const) expect(grid.totals.some((t) => t[line] > 0)).toBe(true);
  });
});
