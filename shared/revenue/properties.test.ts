import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysOff } from '../capacity/index.ts';
import { leave, person, placement, typicalSettings, workspace } from '../capacity/test-fixtures.ts';
import type { Client, Workspace } from '../schemas/index.ts';
import { weekdayKeys } from '../schemas/index.ts';
import { monthRange } from './months.ts';
import { placementMonthHours } from './placement-hours.ts';
import { revenueByMonth } from './revenue.ts';
import type { RevenueTotals } from './types.ts';

const ids = ['a', 'b', 'c'];
const clientIds = ['c1', 'c2', 'c3'];
const allMonths = monthRange('2025-11', 18);
const month = fc.constantFrom(...allMonths);
const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));
const date = fc.tuple(month, day).map(([m, d]) => `${m}-${d}`);
const period = fc.tuple(date, date).map(([x, y]) => (x <= y ? { from: x, to: y } : { from: y, to: x }));
const quarters = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((n) => n / 4);
const dayHours = fc.constantFrom(0, 0, 4, 6.5, 8, 9.25);
const weekdayHours = fc.record({
  mon: dayHours,
  tue: dayHours,
  wed: dayHours,
  thu: dayHours,
  fri: dayHours,
  sat: dayHours,
  sun: dayHours,
});
const client = (id: string): Client => ({
  id,
  name: id,
  kind: 'tenant',
  contactName: '',
  contactEmail: '',
  defaultRateCents: 6000,
});

const workspaces: fc.Arbitrary<Workspace> = fc
  .record({
    contracts: fc.tuple(
      ...ids.map(() => fc.array(fc.record({ from: date, hours: weekdayHours }), { minLength: 1, maxLength: 2 })),
    ),
    placements: fc.array(
      fc.record({
        who: fc.constantFrom(...ids),
        clientId: fc.constantFrom(...clientIds),
        p: period,
        open: fc.boolean(),
        hours: quarters(32),
        status: fc.constantFrom('proposed', 'confirmed', 'ended'),
        rates: fc.array(fc.record({ from: date, cents: fc.integer({ min: 0, max: 12_000 }) }), {
          minLength: 1,
          maxLength: 3,
        }),
        corrections: fc.array(fc.record({ month, hours: fc.integer({ min: -80, max: 40 }).map((n) => n / 4) }), {
          maxLength: 3,
        }),
      }),
      { maxLength: 6 },
    ),
    leave: fc.array(fc.record({ who: fc.constantFrom(...ids), p: period, perDay: fc.option(quarters(10)) }), {
      maxLength: 5,
    }),
  })
  .map((r) =>
    workspace({
      people: ids.map((id, i) => person(id, undefined, { contracts: r.contracts[i]! })),
      clients: clientIds.map(client),
      placements: r.placements.map((p, i) =>
        placement(`p${i}`, p.who, { ...p, from: p.p.from, to: p.open ? null : p.p.to, hoursPerWeek: p.hours }),
      ),
      leave: r.leave.map((l, i) => leave(`l${i}`, l.who, l.p.from, l.p.to, l.perDay)),
    }),
  );

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

function expectSums(total: RevenueTotals, parts: RevenueTotals[]): void {
  expect(total.plannedCents).toBe(sum(parts.map((p) => p.plannedCents)));
  expect(total.forecastCents).toBe(sum(parts.map((p) => p.forecastCents)));
  expect(total.realisedCents).toBe(total.realisedCents === null ? null : sum(parts.map((p) => p.realisedCents ?? 0)));
  expect(close(total.plannedHours, sum(parts.map((p) => p.plannedHours)))).toBe(true);
}

describe('revenue invariants', () => {
  it('each month total equals the sum over clients and the sum over placements', () => {
    fc.assert(
      fc.property(workspaces, fc.subarray(allMonths, { minLength: 1 }), month, (ws, months, todayMonth) => {
        for (const m of revenueByMonth(ws, months, `${todayMonth}-15`)) {
          expectSums(m.totals, m.clients);
          const planned = m.placements.filter((p) => p.status !== 'proposed');
          const proposed = m.placements.filter((p) => p.status === 'proposed');
          expect(m.totals.plannedCents).toBe(sum(planned.map((p) => p.plannedCents)));
          expect(m.totals.forecastCents).toBe(sum(proposed.map((p) => p.plannedCents)));
          expect(m.totals.realisedCents).toBe(m.closed ? sum(planned.map((p) => p.realisedCents ?? Number.NaN)) : null);
          expect(proposed.every((p) => p.realisedCents === null)).toBe(true);
          for (const p of m.placements) expect(Number.isInteger(p.plannedCents) && p.plannedCents >= 0).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a month comes out the same whether computed alone or with others', () => {
    fc.assert(
      fc.property(workspaces, fc.subarray(allMonths, { minLength: 2 }), (ws, months) => {
        const together = revenueByMonth(ws, months, '2026-06-15');
        months.forEach((m, i) => expect(revenueByMonth(ws, [m], '2026-06-15')[0]).toEqual(together[i]));
      }),
      { numRuns: 60 },
    );
  });

  it('matches a plain day-by-day count for a steady contract without leave', () => {
    fc.assert(
      fc.property(weekdayHours, quarters(32), month, (hours, perWeek, m) => {
        const weekly = sum(weekdayKeys.map((k) => hours[k]));
        const ws = workspace({
          people: [person('a', hours)],
          placements: [placement('x', 'a', { hoursPerWeek: perWeek })],
        });
        const off = daysOff(typicalSettings, 2025, 2027);
        let expected = 0;
        const [y, mm] = m.split('-').map(Number);
        for (let d = 1; d <= new Date(Date.UTC(y!, mm!, 0)).getUTCDate(); d++) {
          const iso = `${m}-${String(d).padStart(2, '0')}`;
          const weekday = (new Date(Date.UTC(y!, mm! - 1, d)).getUTCDay() + 6) % 7;
          if (weekly > 0 && !off.has(iso)) expected += (perWeek * hours[weekdayKeys[weekday]!]) / weekly;
        }
        expect(placementMonthHours(ws, 'x', m)!.hours).toBeCloseTo(expected, 6);
      }),
      { numRuns: 200 },
    );
  });
});
