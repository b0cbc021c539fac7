import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { holidayKeySchema, workspaceSchema } from '../schemas/index.ts';
import type { Workspace } from '../schemas/index.ts';
import { cellBreakdown } from './breakdown.ts';
import { dayIndex, isoDateOf } from './day-index.ts';
import { computeCapacityGrid } from './grid.ts';
import type { CapacityCell } from './types.ts';
import { weekDays, weekRange } from './weeks.ts';
import { spareInWindow } from './window.ts';
import {
  leave,
  person,
  placement,
  request,
  summedLines,
  support,
  typicalSettings,
  workspace,
} from './test-fixtures.ts';

const ids = ['a', 'b', 'c'];
const firstDay = dayIndex('2025-11-01');
const lastDay = dayIndex('2027-03-31');
const date = fc.integer({ min: firstDay, max: lastDay }).map(isoDateOf);
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
const allWeeks = weekRange('2025-W44', 80);
const week = fc.constantFrom(...allWeeks);
const personId = fc.constantFrom(...ids);

const workspaces: fc.Arbitrary<Workspace> = fc
  .record({
    people: fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            contracts: fc.array(fc.record({ from: date, hours: weekdayHours }), { minLength: 1, maxLength: 3 }),
            active: period,
            open: fc.boolean(),
          })
          .map(({ contracts, active, open }) =>
            person(id, undefined, { contracts, activeFrom: active.from, activeTo: open ? null : active.to }),
          ),
      ),
    ),
    structural: fc.array(
      fc.record({
        who: personId,
        p: period,
        open: fc.boolean(),
        hours: quarters(30),
        exceptions: fc.array(fc.record({ week, hours: quarters(12) }), { maxLength: 3 }),
      }),
      { maxLength: 5 },
    ),
    placements: fc.array(
      fc.record({
        who: personId,
        p: period,
        open: fc.boolean(),
        hours: quarters(30),
        status: fc.constantFrom('proposed', 'confirmed', 'ended'),
      }),
      { maxLength: 5 },
    ),
    leave: fc.array(fc.record({ who: personId, p: period, perDay: fc.option(quarters(10)) }), { maxLength: 6 }),
    requests: fc.array(
      fc.record({
        status: fc.constantFrom('new', 'assigned', 'in_progress', 'done', 'declined', 'deferred'),
        assignments: fc.array(fc.record({ personId, week, hours: quarters(16) }), { maxLength: 4 }),
      }),
      { maxLength: 4 },
    ),
    holidaysOff: fc.subarray(holidayKeySchema.options),
    liberationDay: fc.constantFrom('always', 'lustrum', 'never'),
  })
  .map((r) =>
    workspace({
      settings: {
        ...typicalSettings,
        holidayRules: [{ from: '1900-01-01', holidaysOff: r.holidaysOff, liberationDay: r.liberationDay }],
      },
      people: r.people,
      structural: r.structural.map((s, i) =>
        support(`s${i}`, s.who, {
          from: s.p.from,
          to: s.open ? null : s.p.to,
          hoursPerWeek: s.hours,
          exceptions: s.exceptions,
        }),
      ),
      placements: r.placements.map((p, i) =>
        placement(`p${i}`, p.who, {
          from: p.p.from,
          to: p.open ? null : p.p.to,
          hoursPerWeek: p.hours,
          status: p.status,
        }),
      ),
      leave: r.leave.map((l, i) => leave(`l${i}`, l.who, l.p.from, l.p.to, l.perDay)),
      requests: r.requests.map((q, i) => request(`r${i}`, q)),
    }),
  );
const weekWindow = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 19 }))
  .map(([start, count]) => allWeeks.slice(start, start + count));

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sum = (xs: readonly { hours: number }[]) => xs.reduce((s, x) => s + x.hours, 0);

function checkCell(c: CapacityCell): void {
  expect(close(c.spare + c.committed, c.available)).toBe(true);
  expect(close(c.spareIfProposed, c.spare - c.placementsProposed)).toBe(true);
  expect(c.available).toBeGreaterThanOrEqual(0);
  expect(c.utilisation).toBe(c.available > 0 ? c.committed / c.available : 0);
}

describe('capacity invariants', () => {
  it('generates valid workspaces', () => {
    fc.assert(
      fc.property(workspaces, (ws) => {
        expect(workspaceSchema.safeParse(ws).error).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });

  it('keeps spare + committed = available, never negative availability, and totals that add up', () => {
    fc.assert(
      fc.property(workspaces, weekWindow, (ws, weeks) => {
        const grid = computeCapacityGrid(ws, weeks);
        grid.rows.forEach((row) => row.cells.forEach(checkCell));
        grid.totals.forEach(checkCell);
        grid.totals.forEach((total, i) => {
          for (const line of summedLines) {
            expect(
              close(
                total[line],
                grid.rows.reduce((s, row) => s + (row.cells[i]?.[line] ?? 0), 0),
              ),
            ).toBe(true);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('explains every cell with records that add up to its lines', () => {
    fc.assert(
      fc.property(workspaces, weekWindow, (ws, weeks) => {
        const grid = computeCapacityGrid(ws, weeks);
        for (const row of grid.rows) {
          grid.weeks.forEach((w, i) => {
            const b = cellBreakdown(ws, row.personId, w);
            const c = row.cells[i];
            if (!b || !c) throw new Error('missing cell');
            for (const line of summedLines) expect(close(b[line], c[line])).toBe(true);
            expect(close(sum(b.items.holidays), c.holiday)).toBe(true);
            expect(close(sum(b.items.leave), c.leave)).toBe(true);
            expect(close(sum(b.items.structural), c.structural)).toBe(true);
            const [proposed, confirmed] = [true, false].map((p) =>
              b.items.placements.filter((x) => (x.status === 'proposed') === p),
            );
            expect(close(sum(proposed ?? []), c.placementsProposed)).toBe(true);
            expect(close(sum(confirmed ?? []), c.placementsConfirmed)).toBe(true);
            expect(close(sum(b.items.adhoc), c.adhoc)).toBe(true);
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('sums spare over whole weeks in a window the same as the grid', () => {
    fc.assert(
      fc.property(workspaces, weekWindow, personId, (ws, weeks, id) => {
        const grid = computeCapacityGrid(ws, weeks);
        const row = grid.rows.find((r) => r.personId === id);
        const from = weekDays(weeks[0] ?? '2026-W01')[0] ?? '';
        const to = weekDays(weeks[weeks.length - 1] ?? '2026-W01')[6] ?? '';
        const expected = row ? row.cells.reduce((s, c) => s + c.spare, 0) : 0;
        // Someone inactive throughout has no row, yet work booked on them still shows in the window.
        if (row) expect(close(spareInWindow(ws, id, from, to), expected)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
