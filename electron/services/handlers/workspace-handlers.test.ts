import { describe, expect, it } from 'vitest';
import { computeCapacityGrid, weekKey, weekRange } from '../../../shared/capacity/index.ts';
import { isoDateOf, mondayIndex } from '../../../shared/capacity/day-index.ts';
import type { Snapshot } from '../../../shared/contract/index.ts';
import type { Envelope } from '../../../shared/contract/errors.ts';
import { servicesIn, TEST_TODAY } from '../testing/temp-services.ts';

function valueOf(answer: Envelope): Snapshot {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Snapshot;
}

describe('the first answer of a start on the capacity grid', () => {
  it('holds the requests with work from this week on and the records that have not ended, says so, and the grid from then on is the one of the whole workspace', async () => {
    const services = servicesIn();
    const whole = valueOf(await services.call('getSnapshot', {}));
    const part = valueOf(await services.call('getSnapshot', { recentFrom: 'this-week' }));
    const thisWeek = weekKey(TEST_TODAY);

    expect(whole.recentFrom).toBeNull();
    expect(part.recentFrom).toBe(thisWeek);
    expect(part.revision).toBe(whole.revision);
    const recent = whole.workspace.requests.filter((r) => r.assignments.some((a) => a.week >= thisWeek));
    expect(part.workspace.requests.map((r) => r.id)).toEqual(recent.map((r) => r.id));
    expect(part.workspace.requests.length).toBeLessThan(whole.workspace.requests.length / 2);
    const monday = isoDateOf(mondayIndex(thisWeek));
    const ended = (r: { to: string | null }) => r.to !== null && r.to < monday;
    expect(part.workspace.leave).toEqual(whole.workspace.leave.filter((l) => !ended(l)));
    expect(part.workspace.leave.length).toBeLessThan(whole.workspace.leave.length);
    expect(part.workspace.placements).toEqual(whole.workspace.placements.filter((p) => !ended(p)));
    expect(part.workspace.structural).toEqual(whole.workspace.structural.filter((s) => !ended(s)));
    expect(part.workspace.income).toEqual(whole.workspace.income.filter((i) => i.date >= monday));
    expect(part.workspace.value).toEqual(whole.workspace.value.filter((v) => v.date >= monday));
    const cut = { requests: [], leave: [], placements: [], structural: [], income: [], value: [] };
    expect({ ...part.workspace, ...cut }).toEqual({ ...whole.workspace, ...cut });

    const weeks = weekRange(thisWeek, 52);
    expect(computeCapacityGrid(part.workspace, weeks)).toEqual(computeCapacityGrid(whole.workspace, weeks));
  });

  it('starts from the week the grid was left at in this session', async () => {
    const services = servicesIn();
    const part = valueOf(await services.call('getSnapshot', { recentFrom: '2026-W30' }));
    expect(part.recentFrom).toBe('2026-W30');
    expect(part.workspace.requests.every((r) => r.assignments.some((a) => a.week >= '2026-W30'))).toBe(true);
  });

  it('refuses a week that does not exist, naming the field', async () => {
    const answer = await servicesIn().call('getSnapshot', { recentFrom: '2025-W53' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'recentFrom' } });
  });
});
