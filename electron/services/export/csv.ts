import Papa from 'papaparse';
import { formatDate, styleDigits } from '../../../shared/format.ts';
import { roundHalfAway } from '../../../shared/rounding.ts';
import type { Language } from '../../../shared/schemas/index.ts';
import type { Cell, ReportTable } from '../../../shared/report/index.ts';
import { neutraliseCsvText } from '../../../shared/security/csv-formula.ts';

export type CsvSeparator = ';' | ',';

/**
 * Dutch Excel opens a `;`-separated file with decimal commas by double-click; with `,` as the
 * separator the decimals must be points. No thousands separators, no currency sign, so every
 * number stays a number when opened.
 */
function textOf(cell: Cell, separator: CsvSeparator, language: Language): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return neutraliseCsvText(cell);
  if (cell.kind === 'date') return formatDate(String(cell.value), language);
  const value = Number(cell.value);
  const digits = styleDigits[cell.kind];
  const number = cell.kind === 'money' ? value / 100 : cell.kind === 'percent' ? value * 100 : value;
  // The page's decimals per style (shared/format.ts), and a tie rounds away from zero on both sides, as on screen.
  const text = roundHalfAway(number, digits).toFixed(digits);
  const local = separator === ';' ? text.replace('.', ',') : text;
  return cell.kind === 'percent' ? `${local}%` : local;
}

/** One CSV per table, UTF-8 with a byte-order mark so Excel reads the accents right. */
export function writeCsv(table: ReportTable, separator: CsvSeparator, language: Language): string {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])].map((row) =>
    row.cells.map((c) => textOf(c, separator, language)),
  );
  return `\uFEFF${Papa.unparse({ fields: table.headers.map(neutraliseCsvText), data: rows }, { delimiter: separator, newline: '\r\n' })}`;
}
