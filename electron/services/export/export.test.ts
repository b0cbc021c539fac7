import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildMonthlyOverview } from '../../../shared/report/index.ts';
import { GOLDEN_MONTH, GOLDEN_TODAY, goldenWorkspace } from '../../../shared/report/golden-workspace.ts';
import { servicesIn } from '../testing/temp-services.ts';
import { writeCsv } from './csv.ts';
import { exportMonthlyOverview, type ExportedFile } from './monthly-export.ts';

async function readBook(file: ExportedFile): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // Read through a stream: exceljs's typings for load() predate Node 24's generic Buffer.
  await book.xlsx.read(Readable.from(Buffer.from(file.base64, 'base64')));
  return book;
}

function lastRow(sheet: ExcelJS.Worksheet): ExcelJS.Row {
  return sheet.getRow(sheet.actualRowCount);
}

const text = (file: ExportedFile) => Buffer.from(file.base64, 'base64').toString('utf8');

describe('XLSX of the golden month', () => {
  const ws = goldenWorkspace();
  const model = buildMonthlyOverview(ws, GOLDEN_MONTH, GOLDEN_TODAY);

  it('has the eight sheets, frozen headers, real numbers with formats and totals equal to the model', async () => {
    const [file] = await exportMonthlyOverview(ws, GOLDEN_TODAY, 'en', { month: GOLDEN_MONTH, format: 'xlsx' });
    expect(file!.name).toBe('Monthly-overview-2026-10.xlsx');
    const book = await readBook(file!);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Revenue per client',
      'Top reasons',
      'Other income',
      'Value created',
      'Placements',
      'Requests',
      'Capacity',
    ]);
    for (const sheet of book.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const summary = book.getWorksheet('Summary')!;
    expect(summary.getCell('A2').value).toBe('Revenue');
    expect(summary.getCell('B2').value).toBe(4844); // € 4.844,00
    expect(summary.getCell('B2').numFmt).toBe('"€" #,##0.00');
    expect(summary.getCell('C2').value).toBe(1760);
    expect(summary.getCell('D2').value).toBe(300);
    expect(summary.getCell('B10').numFmt).toBe('0.0%');
    expect(summary.getCell('B10').value).toBeCloseTo(108.4 / 312, 9);

    const total = lastRow(book.getWorksheet('Placements')!);
    expect(total.getCell(5).value).toBeCloseTo(72.4, 9);
    expect(total.getCell(6).value).toBe(model.placements.cents / 100);
    const capacity = lastRow(book.getWorksheet('Capacity')!);
    expect(capacity.getCell(5).value).toBe(model.capacity.total.available);
    expect(capacity.getCell(5).numFmt).toBe('#,##0.00');
    expect(book.getWorksheet('Requests')!.getCell('E2').numFmt).toBe('dd-mm-yyyy');
    // Value created line by line: 10 h × € 65 and the done request's 4 h × € 50, ending on the cover's total.
    const value = book.getWorksheet('Value created')!;
    expect(
      [2, 3].map((row) => [
        value.getRow(row).getCell(4).value,
        value.getRow(row).getCell(5).value,
        value.getRow(row).getCell(6).value,
      ]),
    ).toEqual([
      [10, 65, 650],
      [4, 50, 200],
    ]);
    expect(lastRow(value).getCell(6).value).toBe(850);
    expect(lastRow(book.getWorksheet('Other income')!).getCell(4).value).toBe(500);
  });

  it('names the Dutch workbook and sheets in Dutch', async () => {
    const [file] = await exportMonthlyOverview(ws, GOLDEN_TODAY, 'nl', { month: GOLDEN_MONTH, format: 'xlsx' });
    expect(file!.name).toBe('Maandoverzicht-2026-10.xlsx');
    const book = await readBook(file!);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Samenvatting',
      'Omzet per klant',
      'Meest genoemde redenen',
      'Overige inkomsten',
      'Gecreëerde waarde',
      'Detacheringen',
      'Aanvragen',
      'Capaciteit',
    ]);
  });
});

describe('CSV of the golden month', () => {
  const ws = goldenWorkspace();

  it('writes one file per table, with a BOM, `;` and decimal commas for Dutch Excel', async () => {
    const files = await exportMonthlyOverview(ws, GOLDEN_TODAY, 'nl', { month: GOLDEN_MONTH, format: 'csv' });
    expect(files.map((f) => f.name)).toEqual([
      'Maandoverzicht-2026-10-samenvatting.csv',
      'Maandoverzicht-2026-10-omzet-per-klant.csv',
      'Maandoverzicht-2026-10-meest-genoemde-redenen.csv',
      'Maandoverzicht-2026-10-overige-inkomsten.csv',
      'Maandoverzicht-2026-10-gecreëerde-waarde.csv',
      'Maandoverzicht-2026-10-detacheringen.csv',
      'Maandoverzicht-2026-10-aanvragen.csv',
      'Maandoverzicht-2026-10-capaciteit.csv',
    ]);
    const placements = text(files[5]!);
    expect(placements.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(placements.slice(1), { delimiter: '', skipEmptyLines: true });
    expect(parsed.meta.delimiter).toBe(';');
    expect(parsed.data[0]).toEqual(['Medewerker', 'Klant', 'Status', 'Basis', 'Uren', 'Omzet']);
    expect(parsed.data.at(-1)).toEqual(['Totaal', '', '', '', '72,40', '4344,00']);
    const summary = Papa.parse<string[]>(text(files[0]!).slice(1), { skipEmptyLines: true }).data;
    expect(summary[1]).toEqual(['Omzet', '4844,00', '1760,00', '300,00']);
  });

  it('uses `,` with decimal points when asked, and the settings separator by default', async () => {
    const files = await exportMonthlyOverview(ws, GOLDEN_TODAY, 'en', {
      month: GOLDEN_MONTH,
      format: 'csv',
      separator: ',',
    });
    const parsed = Papa.parse<string[]>(text(files[0]!).slice(1), { skipEmptyLines: true });
    expect(parsed.meta.delimiter).toBe(',');
    expect(parsed.data[1]).toEqual(['Revenue', '4844.00', '1760.00', '300.00']);
    expect(files[0]!.name).toBe('Monthly-overview-2026-10-summary.csv');
  });

  it('exports one person’s statement alone', async () => {
    const files = await exportMonthlyOverview(ws, GOLDEN_TODAY, 'nl', {
      month: GOLDEN_MONTH,
      format: 'csv',
      personId: 'bob',
    });
    expect(files.map((f) => f.name)).toEqual(['Maandoverzicht-2026-10-Bob-Jansen-capaciteit.csv']);
    const rows = Papa.parse<string[]>(text(files[0]!).slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 5)).toEqual(['Bob Jansen', '176,00', '0,00', '40,00', '136,00']);
  });
});

describe('CSV of requests with hostile titles', () => {
  const hostile = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3+cmd|x', '\t=1+1'];
  const ws = goldenWorkspace();
  ws.requests.slice(0, hostile.length).forEach((r, i) => (r.title = hostile[i]!));

  it.each([';', ','] as const)(
    'writes each as text behind an apostrophe with `%s`, and numbers stay numbers',
    async (separator) => {
      const files = await exportMonthlyOverview(ws, GOLDEN_TODAY, 'nl', {
        month: GOLDEN_MONTH,
        format: 'csv',
        separator,
      });
      const rows = Papa.parse<string[]>(text(files[6]!).slice(1), { skipEmptyLines: true }).data;
      const titles = rows.slice(1).map((row) => row[0]);
      const inMonth = hostile.filter((title) => titles.includes(`'${title}`));
      expect(inMonth.length).toBeGreaterThanOrEqual(3);
      expect(titles.filter((title) => /^[=+\-@\t\r]/.test(title ?? ''))).toEqual([]);
      const hoursColumn = rows[0]!.indexOf('Uren');
      expect(
        rows
          .slice(1)
          .map((row) => row[hoursColumn])
          .filter((h) => h !== ''),
      ).toContain(separator === ';' ? '4,00' : '4.00');
    },
  );

  it('keeps a negative amount a number and neutralises a hostile header', () => {
    const csv = writeCsv(
      {
        key: 'summary',
        title: 'x',
        headers: ['=Kop', 'Bedrag'],
        widths: [],
        rows: [{ cells: ['-korting', { kind: 'money', value: -1250 }] }],
        total: null,
        empty: '',
      },
      ';',
      'nl',
    );
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
      ["'=Kop", 'Bedrag'],
      ["'-korting", '-12,50'],
    ]);
  });
});

describe('one decimal rule per column', () => {
  it('writes every hours cell with two decimals and rounds a negative tie like a positive one', () => {
    const hours = (value: number) => ({ kind: 'hours' as const, value });
    const rating = (value: number) => ({ kind: 'rating' as const, value });
    const csv = writeCsv(
      {
        key: 'capacity',
        title: 'x',
        headers: ['Uren', 'Gem.'],
        widths: [],
        rows: [{ cells: [hours(1522.3107), rating(7.25)] }, { cells: [hours(1455.1), rating(-7.25)] }],
        total: null,
        empty: '',
      },
      ';',
      'nl',
    );
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1)).toEqual([
      ['1522,31', '7,3'],
      ['1455,10', '-7,3'],
    ]);
  });
});

describe('exportMonthlyOverview operation', () => {
  it('answers with files, refuses an unknown person, and PDF where no printer is available', async () => {
    const services = servicesIn();
    const ok = await services.call('exportMonthlyOverview', { month: '2026-10', format: 'csv' });
    expect(ok.ok && (ok.value as { files: ExportedFile[] }).files).toHaveLength(8);
    const unknown = await services.call('exportMonthlyOverview', {
      month: '2026-10',
      format: 'xlsx',
      personId: 'nobody',
    });
    expect(unknown.ok ? null : unknown.error.field).toBe('personId');
    const pdf = await services.call('exportMonthlyOverview', { month: '2026-10', format: 'pdf' });
    expect(pdf.ok ? null : pdf.error.field).toBe('format');
    const bad = await services.call('exportMonthlyOverview', { month: '2026-13', format: 'xlsx' });
    expect(bad.ok ? null : bad.error.field).toBe('month');
  });

  it('exports a range of months under the range’s name, and refuses a backwards or too long range', async () => {
    const services = servicesIn();
    const range = await services.call('exportMonthlyOverview', {
      month: '2026-03',
      lastMonth: '2026-08',
      format: 'xlsx',
    });
    expect(range.ok && (range.value as { files: ExportedFile[] }).files.map((f) => f.name)).toEqual([
      'Overzicht-mrt-aug-2026.xlsx',
    ]);
    const backwards = await services.call('exportMonthlyOverview', {
      month: '2026-08',
      lastMonth: '2026-03',
      format: 'csv',
    });
    expect(backwards.ok ? null : [backwards.error.field, backwards.error.reason]).toEqual(['lastMonth', 'range_order']);
    const long = await services.call('exportMonthlyOverview', {
      month: '2023-01',
      lastMonth: '2026-08',
      format: 'csv',
    });
    expect(long.ok ? null : [long.error.field, long.error.reason]).toEqual(['lastMonth', 'range_too_long']);
  });
});

describe('PDF through the host’s printer', () => {
  it('prints the report route and names the file by the language', async () => {
    const services = servicesIn();
    // Stands in for Electron's printToPDF, which cannot run here; it echoes the route it was given.
    services.context.printToPdf = (route) => Promise.resolve(Buffer.from(route));
    const result = await services.call('exportMonthlyOverview', { month: '2026-10', format: 'pdf', personId: 'p01' });
    const [file] = result.ok ? (result.value as { files: ExportedFile[] }).files : [];
    expect(file?.name).toMatch(/^Maandoverzicht-2026-10-.+\.pdf$/);
    expect(text(file!)).toBe('#/report/2026-10/p01');
    const range = await services.call('exportMonthlyOverview', {
      month: '2026-03',
      lastMonth: '2026-08',
      format: 'pdf',
    });
    const [ranged] = range.ok ? (range.value as { files: ExportedFile[] }).files : [];
    expect(ranged?.name).toBe('Overzicht-mrt-aug-2026.pdf');
    expect(text(ranged!)).toBe('#/report/2026-03..2026-08');
  });
});
