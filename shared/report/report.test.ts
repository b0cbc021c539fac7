import { describe, expect, it } from 'vitest';
import { activityByMonth, keyFiguresFor, monthlySeries, requestOutcomes } from '../dashboard/index.ts';
import { generateDemoWorkspace } from '../demo/index.ts';
import { buildMonthlyOverview } from './build.ts';
import { GOLDEN_MONTH, GOLDEN_TODAY, goldenWorkspace } from './golden-workspace.ts';
import { monthlyOverviewSchema } from './schema.ts';

describe('monthly overview of the golden month (October 2026)', () => {
  const model = buildMonthlyOverview(goldenWorkspace(), GOLDEN_MONTH, GOLDEN_TODAY);

  it('reports realised revenue per client, with the previous month and last year beside it', () => {
    // Anna's placement: 22 working days × 16/5 h = 70.4 h, +2 h correction = 72.4 h × € 60 = € 4.344.
    expect(model.cover.current.placementCents).toBe(434_400);
    // + € 500 sponsoring = € 4.844.
    expect(model.cover.current.revenueCents).toBe(484_400);
    // September: Bob at Afdeling Beleid, 22 days × 8/5 h = 35.2 h × € 50 = € 1.760.
    expect(model.cover.previous?.revenueCents).toBe(176_000);
    // October 2025 only had € 300 training income.
    expect(model.cover.lastYear?.revenueCents).toBe(30_000);
    expect(model.cover.clients.map((c) => [c.name, c.cents, c.previousCents])).toEqual([
      ['Huurder BV', 434_400, 0],
      ['Afdeling Beleid', 0, 176_000],
    ]);
  });

  it('values created work: 10 h at the shadow rate and a done request at the internal rate', () => {
    // 10 h × € 65 + 4 h × € 50 = € 850.
    expect(model.cover.current.valueCents).toBe(85_000);
  });

  it('counts hours by calendar day, like the revenue of the month', () => {
    // Anna 22 working days × 16/5 h = 70.4 h; Bob's placement ended in September.
    expect(model.cover.current.hours.placements).toBeCloseTo(70.4, 9);
    // Bob's 10 h/week support on the 17 days he worked (a week of leave): 17 × 2 h.
    expect(model.cover.current.hours.structural).toBeCloseTo(34, 9);
    expect(model.cover.current.hours.adhoc).toBe(4);
  });

  it('gives each person a statement: contract, leave, commitments and spare', () => {
    const bob = model.capacity.people.find((p) => p.personId === 'bob')!;
    // 22 days × 8 h; a week of leave; 34 h support + 4 h ad hoc committed.
    expect(bob).toMatchObject({ contract: 176, leave: 40, available: 136, adhoc: 4 });
    expect(bob.committed).toBeCloseTo(38, 9);
    expect(bob.spare).toBeCloseTo(98, 9);
    expect(bob.utilisation).toBeCloseTo(38 / 136, 9);
    expect(model.capacity.total.available).toBe(312);
    expect(model.capacity.total.utilisation).toBeCloseTo(108.4 / 312, 9);
  });

  it('lists the placements and requests of the month, with sums equal to the cover', () => {
    expect(model.placements.lines).toHaveLength(1);
    expect(model.placements.cents).toBe(model.cover.current.placementCents);
    expect(model.placements.hours).toBeCloseTo(72.4, 9);
    expect(model.requests.map((r) => [r.requestId, r.status])).toEqual([
      ['r1', 'done'],
      ['r2', 'declined'],
      ['r3', 'deferred'],
    ]);
    expect(model.cover.current.requests.topReasons).toEqual([{ reason: 'Geen capaciteit', count: 2 }]);
  });

  it('itemises other income and value created, each line adding up to the cover', () => {
    expect(model.itemised.income).toEqual([
      { id: 'i1', date: '2026-10-09', kind: 'sponsoring', description: 'Sponsoring', cents: 50_000 },
    ]);
    expect(model.itemised.value).toEqual([
      {
        kind: 'entry',
        date: '2026-10-20',
        description: 'Onboarding SharePoint',
        beneficiary: 'ICT',
        count: 1,
        hours: 10,
        rateCents: 6_500,
        cents: 65_000,
      },
      {
        kind: 'requests',
        date: null,
        description: '',
        beneficiary: '',
        count: 1,
        hours: 4,
        rateCents: 5_000,
        cents: 20_000,
      },
    ]);
    expect(model.itemised.value.reduce((sum, line) => sum + line.cents, 0)).toBe(model.cover.current.valueCents);
  });

  it('counts the requests each person finished in the month on their statement', () => {
    expect(model.capacity.people.map((p) => [p.personId, p.requestsDone])).toEqual([
      ['anna', 0],
      ['bob', 1],
    ]);
    expect(model.capacity.total.requestsDone).toBe(1);
  });

  it('narrows capacity to one person for a personal statement', () => {
    const one = buildMonthlyOverview(goldenWorkspace(), GOLDEN_MONTH, GOLDEN_TODAY, 'anna');
    expect(one.personId).toBe('anna');
    expect(one.capacity.people.map((p) => p.personId)).toEqual(['anna']);
  });

  it('leaves out a comparison column where there is no data', () => {
    const model2027 = buildMonthlyOverview(goldenWorkspace(), '2027-12', GOLDEN_TODAY);
    expect(model2027.cover.lastYear).not.toBeNull();
    const early = buildMonthlyOverview({ ...goldenWorkspace(), people: [], structural: [] }, '2025-11', GOLDEN_TODAY);
    expect(early.cover.lastYear).toBeNull();
  });
});

describe('monthly overview on the demo workspace', () => {
  const ws = generateDemoWorkspace({ people: 15, today: GOLDEN_TODAY });
  const model = buildMonthlyOverview(ws, GOLDEN_MONTH, GOLDEN_TODAY);

  it('has exactly the dashboard figures, and a valid model', () => {
    expect(monthlyOverviewSchema.parse(model)).toEqual(model);
    expect(model.cover.current).toEqual(keyFiguresFor(ws, [GOLDEN_MONTH], GOLDEN_TODAY));
    expect(model.series).toEqual(
      monthlySeries(
        ws,
        model.series.map((p) => p.month),
        GOLDEN_TODAY,
      ),
    );
    expect(model.cover.current.requests).toEqual(requestOutcomes(ws.requests, [GOLDEN_MONTH]));
  });

  it('adds up: clients to placement revenue, people to the team hours of the month', () => {
    const clientSum = model.cover.clients.reduce((s, c) => s + c.cents, 0);
    expect(clientSum).toBe(model.cover.current.placementCents);
    expect(model.placements.cents).toBe(model.cover.current.placementCents);
    const [activity] = activityByMonth(ws, [GOLDEN_MONTH]);
    const sum = (key: 'available' | 'committed' | 'structural' | 'placements' | 'adhoc') =>
      model.capacity.people.reduce((s, p) => s + p[key], 0);
    for (const key of ['available', 'committed', 'structural', 'placements', 'adhoc'] as const) {
      expect(sum(key)).toBeCloseTo(activity![key], 6);
      expect(model.capacity.total[key]).toBeCloseTo(activity![key], 6);
    }
    expect(model.requests.filter((r) => r.status === 'done')).toHaveLength(model.cover.current.requests.done);
  });
});
