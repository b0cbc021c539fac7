import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bandColours, computeCapacityGrid, gridSheet, weekRange } from '../../../shared/capacity/index.ts';
import { leave, person, support, workspace } from '../../../shared/capacity/test-fixtures.ts';
import { exportCapacityGrid } from './capacity-xlsx.ts';

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

describe('capacity grid to XLSX', () => {
  // Anna full time (40 h) with 44 h of support: over-booked by 4; Bob free, on leave the second week.
  const ws = workspace({
    people: [person('anna', undefined, { name: 'Anna' }), person('bob', undefined, { name: 'Bob' })],
    structural: [support('s1', 'anna', { hoursPerWeek: 44 })],
    leave: [leave('l1', 'bob', '2026-12-14', '2026-12-18')],
  });
  const grid = computeCapacityGrid(ws, weekRange('2026-W50', 2));

  it('keeps the people and order shown, with the hours and bands the grid shows', () => {
    const sheet = gridSheet(
      grid,
      new Map([
        ['anna', 'Anna'],
        ['bob', 'Bob'],
      ]),
      ['bob', 'anna'],
      false,
    );
    expect(sheet.rows.map((r) => r.name)).toEqual(['Bob', 'Anna']);
    expect(sheet.rows[1]!.cells[0]).toEqual({ hours: -4, band: 'over' });
    expect(sheet.rows[0]!.cells.map((c) => c.band)).toEqual(['plenty', 'off']);
    expect(gridSheet(grid, new Map(), ['anna'], false).rows).toHaveLength(1);
  });

  it('writes the cells in the grid colours, striped bands as a pattern, and a legend in the language', async () => {
    const sheet = gridSheet(
      grid,
      new Map([
        ['anna', 'Anna'],
        ['bob', 'Bob'],
      ]),
      ['anna', 'bob'],
      false,
    );
    const [file] = await exportCapacityGrid(sheet, 'en', 'Org', '2026-11-23');
    expect(file!.name).toBe('Capacity-2026-W50-2026-W51.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.read(Readable.from(Buffer.from(file!.base64, 'base64')));
    const cells = book.getWorksheet('Capacity')!;
    expect(cells.getCell('B2').value).toBe('wk 50');
    expect([cells.getCell('A4').value, cells.getCell('B4').value]).toEqual(['Anna', -4]);
    const over = cells.getCell('B4').fill as ExcelJS.FillPattern;
    expect([over.pattern, over.bgColor?.argb, over.fgColor?.argb]).toEqual([
      'darkUp',
      argb(bandColours.over.background),
      argb(bandColours.over.stripe!),
    ]);
    const plenty = cells.getCell('B5').fill as ExcelJS.FillPattern;
    expect([plenty.pattern, plenty.fgColor?.argb]).toEqual(['solid', argb(bandColours.plenty.background)]);
    const legend = book.getWorksheet('Legend')!;
    expect([3, 4, 5, 6, 7].map((r) => legend.getCell(r, 2).value)).toEqual([
      'Plenty of room',
      'Some room',
      'Full',
      'Over-booked',
      'Not working',
    ]);
    expect(legend.getCell('C5').value).toBe('less than 10% free');
  });
});
