import { describe, expect, it } from 'vitest';
import { computeCapacityGrid, weekKey, weekRange } from '../../../shared/capacity/index.ts';
import type { Snapshot } from '../../../shared/contract/index.ts';
import type { Envelope } from '../../../shared/contract/errors.ts';
import { servicesIn, TEST_TODAY } from '../testing/temp-services.ts';

function valueOf(answer: Envelope): Snapshot {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Snapshot;
}

describe('the first answer of a start on the capacity grid', () => {
  it('holds the requests with work from this week on, says so, and the grid from then on is the one of the whole workspace', async () => {
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
    expect({ ...part.workspace, requests: [] }).toEqual({ ...whole.workspace, requests: [] });

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
