import { describe, expect, it } from 'vitest';
import { person, placement, workspace } from '../capacity/test-fixtures.ts';
import { compareFigure, comparePeriod, periodStatus } from './comparison.ts';

const percent = { unit: 'percent' } as const;
const side = (value: number | null, monthsWithData = 1) => ({ value, monthsWithData });

describe('period status', () => {
  it('calls a period over, running or forecast from today', () => {
    expect(periodStatus({ kind: 'month', first: '2026-10' }, '2026-11-23')).toBe('closed');
    expect(periodStatus({ kind: 'month', first: '2026-11' }, '2026-11-23')).toBe('running');
    expect(periodStatus({ kind: 'year', first: '2026-01' }, '2026-11-23')).toBe('running');
    expect(periodStatus({ kind: 'quarter', first: '2027-01' }, '2026-11-23')).toBe('forecast');
    expect(periodStatus({ kind: 'year', first: '2027-01' }, '2026-11-23')).toBe('forecast');
  });
});

describe('comparing one figure', () => {
  it('colours a change only in a closed period, and by which direction is better', () => {
    expect(compareFigure(percent, side(150), side(100), 1, 'closed')).toEqual({
      kind: 'change',
      unit: 'percent',
      delta: 0.5,
      tone: 'good',
    });
    expect(compareFigure({ unit: 'percent', lowerIsBetter: true }, side(150), side(100), 1, 'closed')).toMatchObject({
      tone: 'bad',
    });
    expect(compareFigure(percent, side(50), side(100), 1, 'running')).toMatchObject({ delta: -0.5, tone: 'neutral' });
  });

  it('shows no change for a forecast, an empty base or a base with fewer months of data', () => {
    expect(compareFigure(percent, side(0), side(100), 12, 'forecast')).toEqual({ kind: 'none', reason: 'forecast' });
    expect(compareFigure(percent, side(150), side(0, 0), 1, 'closed')).toEqual({ kind: 'none', reason: 'emptyBase' });
    expect(compareFigure(percent, side(null), side(3), 1, 'closed')).toEqual({ kind: 'none', reason: 'noValue' });
    expect(compareFigure(percent, side(3780, 12), side(100, 1), 12, 'running')).toEqual({
      kind: 'none',
      reason: 'partialBase',
      monthsWithData: 1,
      months: 12,
    });
  });

  it('compares ratios in percentage points', () => {
    const result = compareFigure({ unit: 'points' }, side(0.74), side(0.35), 1, 'closed');
    expect(result).toMatchObject({ kind: 'change', unit: 'points', tone: 'good' });
    expect(result.kind === 'change' && result.delta).toBeCloseTo(0.39, 9);
  });
});

describe('comparing a period', () => {
  // Anna is placed from September 2026 only: October has a full base, the year before has none.
  const ws = workspace({
    people: [person('anna')],
    clients: [
      { id: 'huurder-1', name: 'Huurder', kind: 'tenant', contactName: '', contactEmail: '', defaultRateCents: 6000 },
    ],
    placements: [
      placement('pl1', 'anna', {
        from: '2026-09-01',
        to: '2027-06-30',
        hoursPerWeek: 16,
        rates: [{ from: '2026-09-01', cents: 6000 }],
      }),
    ],
  });

  it('gives a closed month a coloured change against a month with data', () => {
    const result = comparePeriod(ws, { kind: 'month', first: '2026-10' }, '2026-11-23');
    expect(result.status).toBe('closed');
    expect(result.comparisons.revenue).toMatchObject({ kind: 'change', unit: 'percent' });
    expect(result.comparisons.utilisation).toMatchObject({ kind: 'change', unit: 'points' });
    expect(result.comparisons.requests).toEqual({ kind: 'none', reason: 'emptyBase' });
  });

  it('refuses a year-on-year change when the year before had data in fewer months', () => {
    const result = comparePeriod(ws, { kind: 'year', first: '2027-01' }, '2026-11-23');
    expect(result.comparisons.revenue).toEqual({ kind: 'none', reason: 'forecast' });
    const running = comparePeriod(ws, { kind: 'quarter', first: '2026-10' }, '2026-11-23');
    expect(running.status).toBe('running');
    // July and August hold no placement, September does: one of three months.
    expect(running.comparisons.revenue).toEqual({ kind: 'none', reason: 'partialBase', monthsWithData: 1, months: 3 });
  });
});
