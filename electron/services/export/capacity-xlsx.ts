import ExcelJS from 'exceljs';
import {
  bandColours,
  bandOrder,
  bandThresholds,
  type CellBand,
  type GridSheet,
} from '../../../shared/capacity/index.ts';
import { formatMonth, formatPercent } from '../../../shared/format.ts';
import type { IsoDate, Language } from '../../../shared/schemas/index.ts';
import { monthOfWeek } from '../../../shared/dashboard/index.ts';
import type { ExportedFile } from './monthly-export.ts';

/*
 * The capacity grid as shown, as a workbook: one sheet with the spare hours per person and week in
 * the grid's colours, and a legend sheet that says what each colour means. Texts beside the writer,
 * as for the monthly overview (the file is made in the main process or the web host).
 */
const labels = {
  nl: {
    fileBase: 'Capaciteit',
    sheet: 'Capaciteit',
    legendSheet: 'Legenda',
    person: 'Persoon',
    total: 'Team totaal',
    week: (n: number) => `wk ${n}`,
    legendTitle: 'Kleuren: vrije uren als deel van de beschikbare uren (team totaal: van de contracturen)',
    legendHeads: ['Kleur', 'Betekenis', 'Regel'],
    sample: 'uren',
    bands: { over: 'Overboekt', full: 'Vol', some: 'Wat ruimte', plenty: 'Veel ruimte', off: 'Werkt niet' },
    rules: (some: string, plenty: string): Record<CellBand, string> => ({
      over: 'meer werk dan uren',
      full: `minder dan ${some} vrij`,
      some: `${some} tot ${plenty} vrij`,
      plenty: `${plenty} of meer vrij`,
      off: 'geen uren deze week',
    }),
    note: 'De cijfers zijn vrije uren per week, zoals het rooster ze toont.',
  },
  en: {
    fileBase: 'Capacity',
    sheet: 'Capacity',
    legendSheet: 'Legend',
    person: 'Person',
    total: 'Team total',
    week: (n: number) => `wk ${n}`,
    legendTitle: 'Colours: spare hours as a share of the available hours (team total: of the contract hours)',
    legendHeads: ['Colour', 'Meaning', 'Rule'],
    sample: 'hours',
    bands: { over: 'Over-booked', full: 'Full', some: 'Some room', plenty: 'Plenty of room', off: 'Not working' },
    rules: (some: string, plenty: string): Record<CellBand, string> => ({
      over: 'more work than hours',
      full: `less than ${some} free`,
      some: `${some} to ${plenty} free`,
      plenty: `${plenty} or more free`,
      off: 'no hours this week',
    }),
    note: 'The figures are spare hours per week, as the grid shows them.',
  },
};

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** Solid for the blue scale; the striped bands keep their stripes as Excel's diagonal pattern. */
function fillOf(band: CellBand): ExcelJS.Fill {
  const { background, stripe } = bandColours[band];
  if (!stripe) return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(background) } };
  return {
    type: 'pattern',
    pattern: band === 'over' ? 'darkUp' : 'lightUp',
    fgColor: { argb: argb(stripe) },
    bgColor: { argb: argb(background) },
  };
}

function paint(cell: ExcelJS.Cell, band: CellBand): void {
  cell.fill = fillOf(band);
  cell.font = { color: { argb: argb(bandColours[band].text) }, bold: bandColours[band].bold };
  cell.numFmt = '0.0';
  cell.alignment = { horizontal: 'center' };
}

function gridSheetOf(book: ExcelJS.Workbook, sheet: GridSheet, language: Language): void {
  const l = labels[language];
  const ws = book.addWorksheet(l.sheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  ws.columns = [{ width: 28 }, ...sheet.weeks.map(() => ({ width: 8 }))];
  // Row 1 names the month above its first week, like the band above the grid.
  const months = sheet.weeks.map((week, i) =>
    i === 0 || monthOfWeek(week) !== monthOfWeek(sheet.weeks[i - 1]!) ? formatMonth(monthOfWeek(week), language) : null,
  );
  ws.addRow([null, ...months]).font = { bold: true, color: { argb: 'FF495057' } };
  ws.addRow([l.person, ...sheet.weeks.map((week) => l.week(Number(week.slice(6))))]).font = { bold: true };
  const total = ws.addRow([l.total, ...sheet.total.map((c) => c.hours)]);
  total.getCell(1).font = { bold: true };
  sheet.total.forEach((c, i) => paint(total.getCell(i + 2), c.band));
  for (const person of sheet.rows) {
    const row = ws.addRow([person.name, ...person.cells.map((c) => c.hours)]);
    person.cells.forEach((c, i) => paint(row.getCell(i + 2), c.band));
  }
}

function legendSheetOf(book: ExcelJS.Workbook, language: Language): void {
  const l = labels[language];
  const ws = book.addWorksheet(l.legendSheet);
  ws.columns = [{ width: 10 }, { width: 20 }, { width: 36 }];
  ws.addRow([l.legendTitle]).font = { bold: true };
  ws.addRow(l.legendHeads).font = { bold: true };
  const rules = l.rules(formatPercent(bandThresholds.some, language), formatPercent(bandThresholds.plenty, language));
  for (const band of bandOrder) {
    const row = ws.addRow([l.sample, l.bands[band], rules[band]]);
    paint(row.getCell(1), band);
  }
  ws.addRow([]);
  ws.addRow([l.note]);
}

/** `Capaciteit-2026-W48-2027-W08.xlsx`: the weeks shown, in the file's name and title. */
export async function exportCapacityGrid(
  sheet: GridSheet,
  language: Language,
  organisation: string,
  today: IsoDate,
): Promise<ExportedFile[]> {
  const l = labels[language];
  const base = `${l.fileBase}-${sheet.weeks[0]}-${sheet.weeks.at(-1)}`;
  const book = new ExcelJS.Workbook();
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  book.creator = organisation;
  book.title = base;
  book.created = new Date(Date.UTC(y, m - 1, d));
  gridSheetOf(book, sheet, language);
  legendSheetOf(book, language);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return [{ name: `${base}.xlsx`, mimeType: XLSX_MIME, base64: buffer.toString('base64') }];
}
