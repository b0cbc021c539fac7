import { describe, expect, it } from 'vitest';
import { daysOff } from '../capacity/holidays.ts';
import { request, typicalSettings, workspace } from '../capacity/test-fixtures.ts';
import { valueByMonth } from '../revenue/value.ts';
import { monthlySeries } from '../dashboard/series.ts';
import { stepOn, targetOfYear, withStep } from './dated.ts';

const steps = [
  { from: '1900-01-01', cents: 6_500 },
  { from: '2026-07-01', cents: 7_000 },
];

describe('dated settings', () => {
  it('finds the step in force on a date; the first step also covers earlier dates', () => {
    expect(stepOn(steps, '2026-06-30').cents).toBe(6_500);
    expect(stepOn(steps, '2026-07-01').cents).toBe(7_000);
    expect(stepOn([{ from: '2026-01-01', cents: 1 }], '2020-05-05').cents).toBe(1);
  });

  it('adds a step without touching the others, and replaces one on the same date', () => {
    expect(withStep(steps, { from: '2026-03-01', cents: 6_800 })).toEqual([
      steps[0],
      { from: '2026-03-01', cents: 6_800 },
      steps[1],
    ]);
    expect(withStep(steps, { from: '2026-07-01', cents: 7_100 })).toEqual([
      steps[0],
      { from: '2026-07-01', cents: 7_100 },
    ]);
  });

  it('values each entry and request at the rate in force on its date, so a new rate leaves earlier months alone', () => {
    // Shadow € 65 until June, € 70 from July: 10 h in June = € 650, 10 h in July = € 700.
    // Internal € 50, € 60 from 1 July: 2 h closed 30 June = € 100, 2 h closed 1 July = € 120.
    const ws = workspace({
      settings: {
        ...typicalSettings,
        shadowRates: steps,
        internalRates: [
          { from: '1900-01-01', cents: 5_000 },
          { from: '2026-07-01', cents: 6_000 },
        ],
      },
      value: [
        { id: 'v1', date: '2026-06-15', description: 'x', beneficiary: '', hours: 10 },
        { id: 'v2', date: '2026-07-15', description: 'y', beneficiary: '', hours: 10 },
      ],
      requests: [
        request('r1', { status: 'done', closedOn: '2026-06-30', actualHours: 2 }),
        request('r2', { status: 'done', closedOn: '2026-07-01', actualHours: 2 }),
      ],
    });
    const [june, july] = valueByMonth(ws, ['2026-06', '2026-07']);
    expect(june).toMatchObject({ entryCents: 65_000, requestCents: 10_000, cents: 75_000 });
    expect(july).toMatchObject({ entryCents: 70_000, requestCents: 12_000, cents: 82_000 });
  });

  it('gives Goede Vrijdag off only from the date the organisation chose it', () => {
    const base = typicalSettings.holidayRules[0]!;
    const settings = {
      holidayRules: [base, { ...base, from: '2027-01-01', holidaysOff: [...base.holidaysOff, 'goodFriday' as const] }],
    };
    const off = daysOff(settings, 2026, 2027);
    expect(off.has('2026-04-03')).toBe(false);
    expect(off.get('2027-03-26')).toBe('goodFriday');
  });

  it("takes a year's target from the step in force on its last day", () => {
    const settings = {
      revenueTargets: [
        { from: '1900-01-01', cents: 120_000_00 },
        { from: '2027-01-01', cents: 150_000_00 },
      ],
    };
    expect(targetOfYear(settings, 2026)).toBe(120_000_00);
    expect(targetOfYear(settings, 2027)).toBe(150_000_00);
    const ws = workspace({ settings: { ...typicalSettings, ...settings } });
    expect(monthlySeries(ws, ['2026-12', '2027-01'], '2026-11-23').map((p) => p.targetCents)).toEqual([
      10_000_00, 12_500_00,
    ]);
  });
});
