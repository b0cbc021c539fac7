import { describe, expect, it } from 'vitest';
import { request, workspace } from '../capacity/test-fixtures.ts';
import type { IncomeEntry, ValueEntry } from '../schemas/index.ts';
import { otherIncomeByMonth } from './income.ts';
import { valueByMonth, valueEntryCents } from './value.ts';

const income = (id: string, date: string, kind: IncomeEntry['kind'], amountCents: number): IncomeEntry => ({
  id,
  date,
  kind,
  description: id,
  amountCents,
  clientId: null,
});
const value = (id: string, date: string, hours: number): ValueEntry => ({
  id,
  date,
  description: id,
  beneficiary: 'ICT',
  hours,
});

describe('other income per month', () => {
  it('sums entries by the month of their date, per kind', () => {
    const ws = workspace({
      income: [
        income('i1', '2026-03-01', 'sponsoring', 125_000),
        income('i2', '2026-03-31', 'training', 40_000),
        income('i3', '2026-04-01', 'sponsoring', 5),
      ],
    });
    expect(otherIncomeByMonth(ws, ['2026-02', '2026-03'])).toEqual([
      { month: '2026-02', cents: 0, byKind: { sponsoring: 0, training: 0, other: 0 }, entryIds: [] },
      {
        month: '2026-03',
        cents: 165_000,
        byKind: { sponsoring: 125_000, training: 40_000, other: 0 },
        entryIds: ['i1', 'i2'],
      },
    ]);
  });
});

describe('value created per month', () => {
  it('values entries at the shadow rate and done requests at the internal rate, by closing month', () => {
    // Shadow € 65: 12.5 h → € 812,50 and 3.25 h → € 211,25. Internal € 50: 6 h → € 300.
    const ws = workspace({
      value: [value('v1', '2026-03-02', 12.5), value('v2', '2026-03-20', 3.25), value('v3', '2026-04-01', 1)],
      requests: [
        request('r1', { status: 'done', closedOn: '2026-03-10', actualHours: 6 }),
        request('r2', { status: 'done', closedOn: '2026-03-11', actualHours: null }),
        request('r3', { status: 'in_progress', closedOn: null, actualHours: 40 }),
        request('r4', { status: 'declined', closedOn: '2026-03-12', actualHours: 2 }),
        request('r5', { status: 'done', closedOn: '2026-02-27', actualHours: 8 }),
      ],
    });
    const [march] = valueByMonth(ws, ['2026-03']);
    expect(march).toEqual({
      month: '2026-03',
      entryHours: 15.75,
      entryCents: 102_375,
      requestHours: 6,
      requestCents: 30_000,
      requestsWithoutHours: ['r2'],
      cents: 132_375,
    });
  });

  it('rounds each entry to whole cents, half a cent up', () => {
    // 0.25 h × 6 501 cents = 1 625.25 → 1 625; 0.5 h × 6 501 = 3 250.5 → 3 251.
    expect(valueEntryCents({ hours: 0.25 }, 6501)).toBe(1625);
    expect(valueEntryCents({ hours: 0.5 }, 6501)).toBe(3251);
  });
});
