import { describe, expect, it } from 'vitest';
import { cellBreakdown } from './breakdown.ts';
import { computeCapacityGrid } from './grid.ts';
import { fullTime, leave, person, placement, request, support, workspace } from './test-fixtures.ts';

const halfDays = { ...fullTime, mon: 4, tue: 4, wed: 4, thu: 4, fri: 4 };
const anna = person('anna', fullTime, {
  contracts: [
    { from: '2020-01-01', hours: halfDays },
    { from: '2026-04-08', hours: fullTime },
  ],
});
const ws = workspace({
  people: [anna],
  structural: [
    support('s1', 'anna', { hoursPerWeek: 6, exceptions: [{ week: '2026-W15', hours: 2 }] }),
    support('s2', 'anna', { from: '2026-05-01' }),
  ],
  leave: [leave('l1', 'anna', '2026-04-06', '2026-04-07'), leave('l2', 'anna', '2026-03-01', '2026-03-02')],
  placements: [placement('p1', 'anna', { hoursPerWeek: 4, status: 'proposed' })],
  requests: [
    request('r1', { title: 'Onboarding SharePoint', assignments: [{ personId: 'anna', week: '2026-W15', hours: 3 }] }),
    request('r2', { status: 'declined', assignments: [{ personId: 'anna', week: '2026-W15', hours: 9 }] }),
  ],
});

describe('cell breakdown', () => {
  it('lists the records behind each line of a week', () => {
    const b = cellBreakdown(ws, 'anna', '2026-W15');
    // Contract: Mon, Tue at 4 h, Wed–Fri at 8 h = 32. Easter Monday costs 4, leave on Tuesday 4.
    expect(b).toMatchObject({ personId: 'anna', week: '2026-W15', contract: 32, holiday: 4, leave: 4, available: 24 });
    expect(b?.items.contracts.map((c) => c.from)).toEqual(['2020-01-01', '2026-04-08']);
    expect(b?.items.holidays).toEqual([{ date: '2026-04-06', key: 'easterMonday', hours: 4 }]);
    // Leave on Easter Monday costs nothing more; only Tuesday counts.
    expect(b?.items.leave).toEqual([{ id: 'l1', kind: 'vacation', hours: 4 }]);
    // Commitments follow the hours worked: 24 of a 32-hour week, so the 2-hour exception costs 1.5.
    expect(b?.items.structural).toEqual([{ id: 's1', supported: 'Directeur s1', hours: 1.5, exception: true }]);
    expect(b?.items.placements).toEqual([{ id: 'p1', clientId: 'huurder-1', status: 'proposed', hours: 3 }]);
    expect(b?.items.adhoc).toEqual([{ requestId: 'r1', title: 'Onboarding SharePoint', hours: 3 }]);
    expect(b).toMatchObject({
      structural: 1.5,
      placementsProposed: 3,
      adhoc: 3,
      committed: 4.5,
      spare: 19.5,
      spareIfProposed: 16.5,
    });
  });

  it('shows a holiday on a day off at 0 hours, so the lead sees why it cost nothing', () => {
    const b = cellBreakdown(ws, 'anna', '2025-W17');
    expect(b?.items.holidays).toEqual([
      { date: '2025-04-21', key: 'easterMonday', hours: 4 },
      { date: '2025-04-26', key: 'kingsDay', hours: 0 },
    ]);
  });

  it('gives the same numbers as the grid', () => {
    const grid = computeCapacityGrid(ws, ['2026-W14', '2026-W15', '2026-W18']);
    for (const [i, week] of grid.weeks.entries()) {
      const { personId: _p, week: _w, items: _i, ...numbers } = cellBreakdown(ws, 'anna', week) ?? {};
      expect(numbers).toEqual(grid.rows[0]?.cells[i]);
    }
  });

  it('returns null for someone who is not in the workspace', () => {
    expect(cellBreakdown(ws, 'nobody', '2026-W15')).toBeNull();
  });
});
