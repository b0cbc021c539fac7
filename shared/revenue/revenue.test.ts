import { describe, expect, it } from 'vitest';
import { fullTime, person, placement, workspace } from '../capacity/test-fixtures.ts';
import type { Client } from '../schemas/index.ts';
import { revenueByMonth } from './revenue.ts';

const TODAY = '2026-04-15';
const client = (id: string): Client => ({
  id,
  name: `Klant ${id}`,
  kind: 'tenant',
  contactName: '',
  contactEmail: '',
  defaultRateCents: 6000,
});

/* March 2026: 22 working days, 3.2 h a day for 16 h/week; see placement-hours.test.ts. */
function team() {
  return workspace({
    people: [person('a', fullTime), person('b', fullTime)],
    clients: [client('c2'), client('c1')],
    placements: [
      placement('p1', 'a', { clientId: 'c1', corrections: [{ month: '2026-03', hours: -6.4 }] }),
      placement('p2', 'b', { clientId: 'c2', hoursPerWeek: 8, rates: [{ from: '2020-01-01', cents: 5000 }] }),
      placement('p3', 'b', {
        clientId: 'c1',
        status: 'proposed',
        hoursPerWeek: 8,
        from: '2026-03-01',
        to: '2026-04-30',
      }),
      placement('p4', 'a', { clientId: 'c2', status: 'ended', from: '2025-01-01', to: '2026-03-13' }),
    ],
  });
}

describe('revenue per month', () => {
  it('realises a closed month: planned + correction, at the month-end rate', () => {
    const [march] = revenueByMonth(team(), ['2026-03'], TODAY);
    // p1: 70.4 h planned, 6.4 h corrected off: 64 h × € 60 = € 3.840.
    expect(march!.placements.find((p) => p.placementId === 'p1')).toMatchObject({
      plannedHours: 70.4,
      plannedCents: 422_400,
      correctionHours: -6.4,
      realisedHours: 64,
      realisedCents: 384_000,
    });
    expect(march!.closed).toBe(true);
  });

  it('gives totals per client in the order of the client list, and for the month', () => {
    const [march] = revenueByMonth(team(), ['2026-03'], TODAY);
    // c2: p2 8 h/week → 1.6 h × 22 = 35.2 h × € 50 = € 1.760; p4 (ended 13 March) 10 days × 3.2 = 32 h × € 60 = € 1.920.
    // c1: p1 € 4.224 planned, € 3.840 realised; p3 proposed 35.2 h × € 60 = € 2.112 forecast.
    expect(march!.clients).toEqual([
      {
        clientId: 'c2',
        plannedHours: 67.2,
        plannedCents: 368_000,
        forecastHours: 0,
        forecastCents: 0,
        realisedHours: 67.2,
        realisedCents: 368_000,
      },
      {
        clientId: 'c1',
        plannedHours: 70.4,
        plannedCents: 422_400,
        forecastHours: 35.2,
        forecastCents: 211_200,
        realisedHours: 64,
        realisedCents: 384_000,
      },
    ]);
    expect(march!.totals).toEqual({
      plannedHours: 137.6,
      plannedCents: 790_400,
      forecastHours: 35.2,
      forecastCents: 211_200,
      realisedHours: 131.2,
      realisedCents: 752_000,
    });
  });

  it('leaves realised empty for the current and later months', () => {
    const [april, may] = revenueByMonth(team(), ['2026-04', '2026-05'], TODAY);
    expect(april!.closed).toBe(false);
    expect(april!.totals.realisedCents).toBeNull();
    expect(april!.placements.every((p) => p.realisedCents === null)).toBe(true);
    // The proposal ends in April and p4 ended in March: May has only p1 and p2.
    expect(may!.placements.map((p) => p.placementId)).toEqual(['p1', 'p2']);
  });

  it('never lets a correction take realised hours below zero', () => {
    const ws = workspace({
      people: [person('a')],
      clients: [client('c1')],
      placements: [placement('p1', 'a', { corrections: [{ month: '2026-03', hours: -100 }] })],
    });
    const [march] = revenueByMonth(ws, ['2026-03'], TODAY);
    expect(march!.placements[0]).toMatchObject({ realisedHours: 0, realisedCents: 0 });
  });

  it('values corrected hours at the rate in force at the end of the month', () => {
    // 32 h at € 60 and 38.4 h at € 65 (from 16 March), plus 2 h corrected at € 65:
    // 192 000 + 249 600 + 13 000 = 454 600.
    const ws = workspace({
      people: [person('a')],
      clients: [client('c1')],
      placements: [
        placement('p1', 'a', {
          rates: [
            { from: '2020-01-01', cents: 6000 },
            { from: '2026-03-16', cents: 6500 },
          ],
          corrections: [{ month: '2026-03', hours: 2 }],
        }),
      ],
    });
    expect(revenueByMonth(ws, ['2026-03'], TODAY)[0]!.placements[0]).toMatchObject({
      plannedCents: 441_600,
      realisedHours: 72.4,
      realisedCents: 454_600,
    });
  });

  it('answers an empty list for no months and empty months for an empty workspace', () => {
    expect(revenueByMonth(team(), [], TODAY)).toEqual([]);
    const [march] = revenueByMonth(workspace(), ['2026-03'], TODAY);
    expect(march).toEqual({
      month: '2026-03',
      closed: true,
      placements: [],
      clients: [],
      totals: {
        plannedHours: 0,
        plannedCents: 0,
        forecastHours: 0,
        forecastCents: 0,
        realisedHours: 0,
        realisedCents: 0,
      },
    });
  });
});
