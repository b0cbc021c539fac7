import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOf } from './cell.ts';
import { clearCellTable, createCellTable, internCell } from './cell-table.ts';

type Figures = [number, number, number, number, number, number, number];

// The grid's hours are sums that start from 0, so never −0, which === (and so the table) takes for 0.
const hours = fc
  .oneof(
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: -160, max: 160 }).map((q) => q / 4),
    fc.double({ min: -200, max: 200, noNaN: true }),
  )
  .map((h) => h + 0);
const figures = fc.tuple(hours, hours, hours, hours, hours, hours, hours) as fc.Arbitrary<Figures>;

describe('the table of shared grid cells', () => {
  it('gives every week the figures cellOf would, however many cells and however close their hours', () => {
    fc.assert(
      fc.property(fc.array(figures, { minLength: 1, maxLength: 300 }), (list) => {
        const table = createCellTable();
        for (const f of list) expect(internCell(table, ...f)).toEqual(cellOf(...f));
      }),
    );
  });

  it('hands out one object for equal figures and tells apart hours that differ by less than a minute', () => {
    const table = createCellTable();
    const a = internCell(table, 32, 0, 0, 8, 0, 0, 3.25);
    expect(internCell(table, 32, 0, 0, 8, 0, 0, 3.25)).toBe(a);
    const near = internCell(table, 32, 0, 0, 8, 0, 0, 3.251);
    expect(near).not.toBe(a);
    expect(near.adhoc).toBe(3.251);
    expect(near.spare).toBeCloseTo(32 - 8 - 3.251, 12);
  });

  it('keeps every cell right as it grows past its first size, and forgets them when cleared', () => {
    const table = createCellTable();
    const made = Array.from({ length: 40_000 }, (_, i) => internCell(table, 40, 0, i / 4, 0, 0, 0, i % 7));
    made.forEach((cell, i) => {
      expect(cell.leave).toBe(i / 4);
      expect(internCell(table, 40, 0, i / 4, 0, 0, 0, i % 7)).toBe(cell);
    });
    clearCellTable(table);
    expect(internCell(table, 40, 0, 0, 0, 0, 0, 0)).not.toBe(made[0]);
  });
});
