import { describe, expect, it } from 'vitest';
import { fullTime, leave, monTueThu, person, placement, workspace } from '../capacity/test-fixtures.ts';
import { placementMonthHours } from './placement-hours.ts';
import { revenueByMonth } from './revenue.ts';
import { withRateFrom } from './rates.ts';

/*
 * Hand-computed cases. Settings give New Year, Easter Monday, Koningsdag, Ascension, Whit Monday and
 * Christmas off. March 2026 has no holiday and 22 weekdays (1 March is a Sunday); April 2026 has
 * 22 weekdays with Easter Monday 6 April and Koningsdag Monday 27 April off.
 * A full-timer works 8 h Mon–Fri (40 h), so a 16 h/week placement is 16 × 8/40 = 3.2 h a day.
 */
const TODAY = '2026-11-23';
const ana = person('ana', fullTime);
const bo = person('bo', monTueThu);

function only(ws: ReturnType<typeof workspace>, month: string) {
  const result = placementMonthHours(ws, ws.placements[0]!.id, month);
  if (!result) throw new Error('expected the placement to overlap the month');
  return result;
}

describe('hours and revenue of one placement in one month', () => {
  it('a whole month for a full-timer: 22 days × 3.2 h × € 60 = € 4.224', () => {
    const ws = workspace({ people: [ana], placements: [placement('x', 'ana')] });
    expect(only(ws, '2026-03')).toMatchObject({ hours: 70.4, cents: 422_400, from: '2026-03-01', to: '2026-03-31' });
  });

  it('a placement starting mid-month (Wednesday 18 March) counts only its 10 working days', () => {
    // 18–20, 23–27, 30–31 March: 10 days × 3.2 h = 32 h × € 60 = € 1.920.
    const ws = workspace({
      people: [ana],
      placements: [placement('x', 'ana', { from: '2026-03-18', rates: [{ from: '2026-03-18', cents: 6000 }] })],
    });
    expect(only(ws, '2026-03')).toMatchObject({ hours: 32, cents: 192_000, from: '2026-03-18' });
    expect(placementMonthHours(ws, 'x', '2026-02')).toBeNull();
  });

  it('a holiday inside the month takes its day out: April 2026 has 20 working days', () => {
    // 22 weekdays − Easter Monday − Koningsdag = 20 days × 3.2 h = 64 h × € 60 = € 3.840.
    const ws = workspace({ people: [ana], placements: [placement('x', 'ana')] });
    expect(only(ws, '2026-04')).toMatchObject({ hours: 64, cents: 384_000 });
  });

  it('leave inside the month: whole days go, partial leave takes its share of the day', () => {
    // Whole days 9–11 March (3 days) and 4 h of 8 on Thursday 12 March (half of 3.2 h):
    // (22 − 3) × 3.2 − 1.6 = 59.2 h × € 60 = € 3.552.
    const ws = workspace({
      people: [ana],
      placements: [placement('x', 'ana')],
      leave: [leave('l1', 'ana', '2026-03-09', '2026-03-11'), leave('l2', 'ana', '2026-03-12', '2026-03-12', 4)],
    });
    expect(only(ws, '2026-03')).toMatchObject({ hours: 59.2, cents: 355_200 });
  });

  it('a part-timer spreads the weekly hours over their own working days', () => {
    // Mon/Tue/Thu 8 h (24 h a week): 16 × 8/24 = 16/3 h a day. March has 14 such days:
    // 14 × 16/3 = 74.67 h; 14 × 16/3 × € 60 = € 4.480 exactly.
    const ws = workspace({ people: [bo], placements: [placement('x', 'bo')] });
    const march = only(ws, '2026-03');
    expect(march.hours).toBeCloseTo(74.666667, 5);
    expect(march.cents).toBe(448_000);
    // April: 13 such days, minus the two holiday Mondays = 11 × 16/3 × € 60 = € 3.520.
    expect(only(ws, '2026-04').cents).toBe(352_000);
  });

  it('rounds once per placement per month, half a cent up', () => {
    // A part-timer at € 60,01: 14 × 16/3 × 6001 = 448 074.67 cents → 448 075.
    const ws = workspace({
      people: [bo],
      placements: [placement('x', 'bo', { rates: [{ from: '2020-01-01', cents: 6001 }] })],
    });
    expect(only(ws, '2026-03').cents).toBe(448_075);
    // 1.25 h a week is 0.25 h a day; 22 days = 5.5 h at 1 cent an hour = 5.5 cents → 6.
    const tiny = workspace({
      people: [ana],
      placements: [placement('x', 'ana', { hoursPerWeek: 1.25, rates: [{ from: '2020-01-01', cents: 1 }] })],
    });
    expect(only(tiny, '2026-03').cents).toBe(6);
  });

  it('a rate change from the 1st of a month leaves earlier months as they were', () => {
    const before = workspace({ people: [ana], placements: [placement('x', 'ana')] });
    const changed = workspace({
      people: [ana],
      placements: [placement('x', 'ana', { rates: withRateFrom(before.placements[0]!.rates, '2026-04-01', 6500) })],
    });
    expect(only(changed, '2026-03')).toEqual(only(before, '2026-03'));
    // April: 64 h × € 65 = € 4.160 (was € 3.840).
    expect(only(changed, '2026-04')).toMatchObject({
      hours: 64,
      cents: 416_000,
      segments: [{ from: '2026-04-01', to: '2026-04-30', rateCents: 6500, hours: 64 }],
    });
  });

  it('a rate change mid-month splits the month into two segments', () => {
    // From Monday 16 March: 1–13 March is 10 days (32 h) at € 60, 16–31 March 12 days (38.4 h) at € 65.
    // 32 × 6000 + 38.4 × 6500 = 192 000 + 249 600 = 441 600.
    const ws = workspace({
      people: [ana],
      placements: [
        placement('x', 'ana', {
          rates: [
            { from: '2020-01-01', cents: 6000 },
            { from: '2026-03-16', cents: 6500 },
          ],
        }),
      ],
    });
    expect(only(ws, '2026-03')).toMatchObject({
      cents: 441_600,
      segments: [
        { from: '2026-03-01', to: '2026-03-15', rateCents: 6000, hours: 32 },
        { from: '2026-03-16', to: '2026-03-31', rateCents: 6500, hours: 38.4 },
      ],
    });
  });

  it('a person leaving mid-month works nothing after their last day', () => {
    // Active to Friday 13 March: 10 days × 3.2 h = 32 h.
    const leaving = person('cy', fullTime, { activeTo: '2026-03-13' });
    const ws = workspace({ people: [leaving], placements: [placement('x', 'cy')] });
    expect(only(ws, '2026-03').hours).toBe(32);
  });
});

describe('a proposed placement', () => {
  it('is forecast only: never in planned totals, never realised', () => {
    const ws = workspace({
      people: [ana],
      placements: [placement('x', 'ana', { status: 'proposed', corrections: [{ month: '2026-03', hours: 5 }] })],
    });
    const [march] = revenueByMonth(ws, ['2026-03'], TODAY);
    expect(march!.placements[0]).toMatchObject({ plannedCents: 422_400, realisedHours: null, realisedCents: null });
    expect(march!.totals).toEqual({
      plannedHours: 0,
      plannedCents: 0,
      forecastHours: 70.4,
      forecastCents: 422_400,
      realisedHours: 0,
      realisedCents: 0,
    });
  });
});
