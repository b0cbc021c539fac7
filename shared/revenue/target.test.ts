import { describe, expect, it } from 'vitest';
import { fullTime, person, placement, typicalSettings, workspace } from '../capacity/test-fixtures.ts';
import { targetProgress } from './target.ts';

/*
 * One full-timer at 16 h/week and € 60 for the whole of 2026 with the fixture's holidays off:
 * 261 weekdays − New Year (Thu), Easter Monday, Koningsdag (Mon), Ascension (Thu), Whit Monday,
 * Christmas (Fri) = 255 days (Boxing Day is a Saturday) × 3.2 h = 816 h × € 60 = € 48.960.
 * January to March: 21 + 20 + 22 = 63 days × 3.2 h × € 60 = € 12.096; the lead corrected February by −4 h (−€ 240).
 */
function ws(target: number | null) {
  return workspace({
    settings: { ...typicalSettings, revenueTargets: [{ from: '1900-01-01', cents: target }] },
    people: [person('a', fullTime)],
    placements: [
      placement('p1', 'a', { from: '2026-01-01', to: '2026-12-31', corrections: [{ month: '2026-02', hours: -4 }] }),
      placement('p2', 'a', { from: '2026-01-01', to: '2026-12-31', status: 'proposed', hoursPerWeek: 8 }),
    ],
    income: [
      { id: 'i1', date: '2026-04-10', kind: 'sponsoring', description: 'x', amountCents: 100_000, clientId: null },
      { id: 'i2', date: '2026-04-20', kind: 'training', description: 'y', amountCents: 50_000, clientId: null },
      { id: 'i3', date: '2025-12-20', kind: 'training', description: 'z', amountCents: 99_999, clientId: null },
    ],
  });
}

describe('progress against the annual revenue target', () => {
  it('counts closed months as realised, income up to today, and the plan for the rest', () => {
    const progress = targetProgress(ws(10_000_000), 2026, '2026-04-15');
    expect(progress).toEqual({
      year: 2026,
      targetCents: 10_000_000,
      closedMonths: ['2026-01', '2026-02', '2026-03'],
      realisedPlacementsCents: 1_209_600 - 24_000,
      realisedIncomeCents: 100_000,
      realisedCents: 1_285_600,
      plannedFullYearCents: 4_896_000 + 150_000,
      expectedFullYearCents: 4_896_000 - 24_000 + 150_000,
      forecastCents: 2_448_000,
      realisedShare: 0.12856,
      expectedShare: 0.5022,
    });
  });

  it('has no shares without a target, and nothing realised for a year still to come', () => {
    const progress = targetProgress(ws(null), 2026, '2025-11-01');
    expect(progress).toMatchObject({
      targetCents: null,
      realisedShare: null,
      expectedShare: null,
      closedMonths: [],
      realisedCents: 0,
    });
  });
});
