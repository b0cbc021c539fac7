import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportMonthlyOverview } from '../../electron/services/export/monthly-export.ts';
import { buildMonthlyOverview, overviewTables } from '../../shared/report/index.ts';
import { GOLDEN_MONTH, GOLDEN_TODAY, goldenWorkspace } from '../../shared/report/golden-workspace.ts';
import type { Language } from '../../shared/schemas/index.ts';
import { definitionGrids, plain, type Grid } from './fixtures/overview-grid.ts';

/*
 * The golden month's XLSX read back with exceljs and its CSV files with papaparse, each compared
 * cell by cell with the shared definition; the PDF page's tables are compared with the same grids in
 * renderer/src/pages/report/report-page-tables.test.tsx (React's types stay out of this program),
 * and the printed PDF in tests/e2e/report.spec.ts. So the three formats show the same tables.
 */
const golden = (language: Language) =>
  definitionGrids(overviewTables(buildMonthlyOverview(goldenWorkspace(), GOLDEN_MONTH, GOLDEN_TODAY), language));

async function csvGrids(language: Language): Promise<Grid[]> {
  const separator = language === 'nl' ? ';' : ',';
  const files = await exportMonthlyOverview(goldenWorkspace(), GOLDEN_TODAY, language, {
    month: GOLDEN_MONTH,
    format: 'csv',
    separator,
  });
  return files.map((file) => {
    const text = Buffer.from(file.base64, 'base64').toString('utf8').slice(1);
    const rows = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: true }).data;
    // The file name carries the title: `Maandoverzicht-2026-10-omzet-per-klant.csv`.
    const title = /^[^-]+(?:-overview)?-\d{4}-\d\d-(.+)\.csv$/.exec(file.name)![1]!;
    return { title, rows: rows.map((row) => row.map((cell) => plain(cell, separator === ';' ? ',' : '.', null))) };
  });
}

function xlsxCell(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    // The number format says what is shown: `0.0%` a percentage with one decimal, `#,##0.00` two decimals.
    const format = cell.numFmt ?? '';
    const digits = /\.(0+)/.exec(format)?.[1]!.length ?? 0;
    return String(Number((format.endsWith('%') ? value * 100 : value).toFixed(digits)));
  }
  return plain(String(value), '.', null);
}

async function xlsxGrids(language: Language): Promise<Grid[]> {
  const [file] = await exportMonthlyOverview(goldenWorkspace(), GOLDEN_TODAY, language, {
    month: GOLDEN_MONTH,
    format: 'xlsx',
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.read(Readable.from(Buffer.from(file!.base64, 'base64')));
  return book.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push(Array.from({ length: sheet.columnCount }, (_, i) => xlsxCell(row.getCell(i + 1)))),
    );
    return { title: sheet.name, rows };
  });
}

const fileTitle = (title: string) => title.toLowerCase().replace(/\s+/g, '-');

describe.each(['nl', 'en'] as const)('the golden month in %s, from the one definition', (language) => {
  it('the XLSX has a sheet per table, in order, with the same labels, rows and values', async () => {
    const [expected, xlsx] = [golden(language), await xlsxGrids(language)];
    expect(xlsx.map((s) => s.title)).toEqual(expected.map((s) => s.title));
    expected.forEach((table, i) => expect(xlsx[i]!.rows, table.title).toEqual(table.rows));
  });

  it('the CSV has a file per table, in order, with the same labels, rows and values', async () => {
    const [expected, csv] = [golden(language), await csvGrids(language)];
    expect(csv.map((s) => s.title)).toEqual(expected.map((s) => fileTitle(s.title)));
    expected.forEach((table, i) => expect(csv[i]!.rows, table.title).toEqual(table.rows));
  });

  it('names the key figures as settled: hours deployed with its parts, "requests", and the median lead time', () => {
    const [summary] = golden(language);
    expect(summary!.rows.map((row) => row[0])).toEqual(
      language === 'nl'
        ? [
            'Kengetal',
            'Omzet',
            'Omzet detacheringen',
            'Overige inkomsten',
            'Gecreëerde waarde',
            'Ingezette uren',
            'Uren vaste ondersteuning',
            'Uren detacheringen',
            'Uren ad hoc',
            'Gemiddelde bezetting',
            'Aanvragen afgerond',
            'Aanvragen afgewezen',
            'Aanvragen uitgesteld',
            'Tevredenheid (1–5)',
            'Doorlooptijd (mediaan, dagen)',
          ]
        : [
            'Figure',
            'Revenue',
            'Placement revenue',
            'Other income',
            'Value created',
            'Hours deployed',
            'Hours structural support',
            'Hours placements',
            'Hours ad hoc',
            'Average utilisation',
            'Requests done',
            'Requests declined',
            'Requests deferred',
            'Satisfaction (1–5)',
            'Lead time (median, days)',
          ],
    );
    // r1 ran from 1 to 6 October; r4 (done in September) took 5 days too.
    expect(summary!.rows.at(-1)!.slice(1, 3)).toEqual(['5', '5']);
    expect(summary!.rows[1]!.slice(1)).toEqual(['4844', '1760', '300']);
  });
});
