import Papa from 'papaparse';
import { formatDate } from '../../../shared/format.ts';
import { roundHalfAway } from '../../../shared/rounding.ts';
import type { Language } from '../../../shared/schemas/index.ts';
import { neutraliseCsvText } from '../../../shared/security/csv-formula.ts';
import type { Cell, Table } from './tables.ts';

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
  const digits = { money: 2, hours: 2, percent: 1, count: 0, decimal: 1 }[cell.kind];
  const number = cell.kind === 'money' ? value / 100 : cell.kind === 'percent' ? value * 100 : value;
  // One rule per column: every hours cell has two decimals (1455,10 under 1522,31, not 1455,1), and
  // a tie rounds away from zero on both sides, as on screen.
  const text = roundHalfAway(number, digits).toFixed(digits);
  const local = separator === ';' ? text.replace('.', ',') : text;
  return cell.kind === 'percent' ? `${local}%` : local;
}

/** One CSV per table, UTF-8 with a byte-order mark so Excel reads the accents right. */
export function writeCsv(table: Table, separator: CsvSeparator, language: Language): string {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])].map((cells) => cells.map((c) => textOf(c, separator, language)));
  return `\uFEFF${Papa.unparse({ fields: table.headers.map(neutraliseCsvText), data: rows }, { delimiter: separator, newline: '\r\n' })}`;
}
