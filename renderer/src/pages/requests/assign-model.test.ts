import { describe, expect, it } from 'vitest';
import { leave, person, request, support, workspace } from '../../../../shared/capacity/test-fixtures.ts';
import { assignWarnings, previewCapacity, validHours } from './assign-model.ts';

describe('the assignment preview', () => {
  const ws = workspace({
    people: [person('anna'), person('bram')],
    structural: [support('s1', 'anna', { hoursPerWeek: 30 })],
    requests: [request('r1', { status: 'assigned', assignments: [{ personId: 'anna', week: '2026-W50', hours: 4 }] })],
  });

  it('shows each chosen person’s spare hours per week before and after the tentative plan', () => {
    const fresh = request('r2', { status: 'new', assignments: [] });
    const lines = previewCapacity({ ...ws, requests: [...ws.requests, fresh] }, fresh, [
      { personId: 'anna', week: '2026-W50', hours: 3 },
      { personId: 'bram', week: '2026-W51', hours: 8.5 },
    ]);
    expect(lines).toEqual([
      { personId: 'anna', week: '2026-W50', before: 6, after: 3 },
      { personId: 'bram', week: '2026-W51', before: 40, after: 31.5 },
    ]);
  });

  it('replaces a request’s current plan rather than adding to it', () => {
    const lines = previewCapacity(ws, ws.requests[0]!, [{ personId: 'bram', week: '2026-W50', hours: 4 }]);
    expect(lines).toEqual([
      { personId: 'anna', week: '2026-W50', before: 6, after: 10 },
      { personId: 'bram', week: '2026-W50', before: 40, after: 36 },
    ]);
  });

  it('warns before a plan leaves someone short, and when it puts work in a leave week', () => {
    const fresh = request('r2', { status: 'new', assignments: [] });
    const withLeave = {
      ...ws,
      requests: [...ws.requests, fresh],
      leave: [leave('l1', 'bram', '2026-12-14', '2026-12-15')],
    };
    const warnings = assignWarnings(withLeave, fresh, [
      { personId: 'anna', week: '2026-W50', hours: 8 },
      { personId: 'bram', week: '2026-W51', hours: 4 },
      { personId: 'bram', week: '2026-W52', hours: 4 },
    ]);
    expect(warnings).toEqual([
      { personId: 'anna', week: '2026-W50', before: 6, after: -2, overbooked: true, onLeave: false },
      { personId: 'bram', week: '2026-W51', before: 24, after: 20, overbooked: false, onLeave: true },
    ]);
  });

  it('accepts only positive quarter hours', () => {
    expect([1, 0.25, 0, 0.3, '', -1].map((h) => validHours(h))).toEqual([true, true, false, false, false, false]);
  });
});
