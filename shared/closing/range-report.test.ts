import { describe, expect, it } from 'vitest';
import { comparePeriod, rangePeriod } from '../dashboard/index.ts';
import { generateDemoWorkspace } from '../demo/index.ts';
import { formatMonthRange } from '../format.ts';
import type { Workspace } from '../schemas/index.ts';
import { liveOverview, monthReport } from './month-report.ts';
import { rangeReport } from './range-report.ts';
import { reportedComparison, reportedSeries } from './reported-figures.ts';

const TODAY = '2026-11-23';
const REPORTED = { keyFigures: reportedComparison, series: reportedSeries };

/** The demo with September closed as it stood, then an edit after closing: the range must keep September as issued. */
function demoWithClosedSeptember(): Workspace {
  const demo = generateDemoWorkspace({ people: 15, today: TODAY });
  const issued = liveOverview(demo, '2026-09', TODAY);
  const closed: Workspace = {
    ...demo,
    closedMonths: [
      {
        id: '2026-09',
        closed: true,
        issues: [{ issuedOn: '2026-10-02', revised: false, overview: issued }],
        events: [{ on: '2026-10-02', kind: 'closed' }],
      },
    ],
  };
  return {
    ...closed,
    income: [
      ...closed.income,
      {
        id: 'late',
        date: '2026-09-15',
        kind: 'other',
        description: 'Te laat geboekt',
        amountCents: 12_345,
        clientId: null,
      },
    ],
  };
}

describe('the overview of a chosen range', () => {
  const ws = demoWithClosedSeptember();

  it('gives a quarter’s three months the quarter’s figures to the cent, on the dashboard and in the overview', () => {
    const quarter = comparePeriod(ws, { kind: 'quarter', first: '2026-07' }, TODAY, REPORTED);
    const range = comparePeriod(ws, rangePeriod('2026-07', '2026-09'), TODAY, REPORTED);
    expect(range.current).toEqual(quarter.current);
    expect(range.previous).toEqual(quarter.previous);
    expect(range.comparisons).toEqual(quarter.comparisons);
    const { model } = rangeReport(ws, '2026-07', '2026-09', TODAY);
    expect(model.cover.current).toEqual(quarter.current);
    expect(model.cover.previous).toEqual(quarter.previous);
    expect(model.cover.current.revenueCents).toBeGreaterThan(0);
  });

  it('adds up each month’s report, a closed month as it was issued', () => {
    const months = ['2026-07', '2026-08', '2026-09'].map((m) => monthReport(ws, m, TODAY).model);
    const { model } = rangeReport(ws, '2026-07', '2026-09', TODAY);
    const sum = (pick: (m: (typeof months)[number]) => number) => months.reduce((s, m) => s + pick(m), 0);
    expect(model.placements.cents).toBe(sum((m) => m.placements.cents));
    expect(model.placements.lines.reduce((s, l) => s + l.cents, 0)).toBe(model.placements.cents);
    expect(model.capacity.total.committed).toBeCloseTo(
      sum((m) => m.capacity.total.committed),
      9,
    );
    expect(model.requests).toHaveLength(sum((m) => m.requests.length));
    // The income booked after September was closed is a correction, not part of the reported range.
    expect(model.itemised.income.map((i) => i.id)).not.toContain('late');
    expect(model.itemised.income.reduce((s, i) => s + i.cents, 0)).toBe(model.cover.current.otherIncomeCents);
    expect(model.month).toBe('2026-07');
    expect(model.lastMonth).toBe('2026-09');
  });

  it('is one month’s own report when the range is one month, and reads as its months', () => {
    expect(rangeReport(ws, '2026-10', '2026-10', TODAY)).toEqual(monthReport(ws, '2026-10', TODAY));
    expect(formatMonthRange('2026-03', '2026-08', 'nl')).toBe('mrt–aug 2026');
    expect(formatMonthRange('2026-03', '2026-08', 'en')).toBe('Mar–Aug 2026');
    expect(formatMonthRange('2025-11', '2026-02', 'nl')).toBe('nov 2025–feb 2026');
  });
});
