import ExcelJS from 'exceljs';
import { styleDigits, type NumberStyle } from '../../../shared/format.ts';
import type { Cell, Kind, ReportTable, Row } from '../../../shared/report/index.ts';

/*
 * Real numbers with number formats, so directors can add up and chart the year themselves. Excel
 * shows the separators of the reader's own locale; the formats only say what kind of number it is,
 * with the decimals the page and the CSV show (shared/format.ts).
 */
const decimals = (style: NumberStyle) => (styleDigits[style] > 0 ? `.${'0'.repeat(styleDigits[style])}` : '');
export const numberFormats: Record<Kind, string> = {
  money: `"€" #,##0${decimals('money')}`,
  hours: `#,##0${decimals('hours')}`,
  percent: `0${decimals('percent')}%`,
  count: `0${decimals('count')}`,
  rating: `0${decimals('rating')}`,
  days: `0${decimals('days')}`,
  date: 'dd-mm-yyyy',
};

function valueOf(cell: Cell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'string') return cell;
  if (cell.kind === 'money') return Number(cell.value) / 100;
  if (cell.kind === 'date') {
    const [y, m, d] = String(cell.value).split('-').map(Number) as [number, number, number];
    // Excel dates have no time zone: a UTC midnight keeps the calendar day.
    return new Date(Date.UTC(y, m - 1, d));
  }
  return Number(cell.value);
}

function writeRow(sheet: ExcelJS.Worksheet, { cells }: Row, bold: boolean): void {
  const row = sheet.addRow(cells.map(valueOf));
  cells.forEach((cell, i) => {
    if (cell !== null && typeof cell !== 'string') row.getCell(i + 1).numFmt = numberFormats[cell.kind];
  });
  if (bold) row.font = { bold: true };
}

function addSheet(book: ExcelJS.Workbook, table: ReportTable): void {
  // The header row stays in view while scrolling through 200 people.
  const sheet = book.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({ header, width: table.widths[i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) writeRow(sheet, row, false);
  // Totals are values, not formulas: they are the report's own figures, equal to the PDF's.
  if (table.total) writeRow(sheet, table.total, true);
}

export async function writeXlsx(
  tables: ReportTable[],
  meta: { title: string; organisation: string; madeOn: Date },
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = meta.organisation;
  book.title = meta.title;
  book.created = meta.madeOn;
  book.modified = meta.madeOn;
  for (const table of tables) addSheet(book, table);
  return Buffer.from(await book.xlsx.writeBuffer());
}
