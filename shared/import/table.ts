import Papa from 'papaparse';
import { IMPORT_LIMITS } from './limits.ts';
import { refuseImport } from './refusal.ts';

export type Table = string[][];

/** A column as Excel names it: 1 is A, 27 is AA, 16384 is XFD. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Refuses a row or cell beyond the caps, naming where it is, so one far-away cell cannot cost the whole grid. */
export function checkExtent(row: number, column: number, limits = IMPORT_LIMITS): void {
  if (row > limits.rows + 1) throw refuseImport('too_many_rows', { row, limit: limits.rows });
  if (column > limits.columns)
    throw refuseImport('too_many_columns', { cell: `${columnName(column)}${row}`, limit: limits.columns });
}

/**
 * Excel writes `;` in a Dutch locale, `,` in an English one and tabs in "Unicode text"; papaparse
 * guesses which, and a BOM is dropped. Blank lines stay (as empty rows) so row numbers match what
 * Excel shows. Rows are taken one at a time and the parse stops at the first one past the caps.
 */
export function parseCsv(text: string, limits = IMPORT_LIMITS): Table {
  const clean = text.replace(/^\uFEFF/, '').replace(/(\r?\n)+$/, '');
  const table: Table = [];
  let refusal: unknown = null;
  Papa.parse<string[]>(clean, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: false,
    // Parsed a megabyte at a time, so stopping at the row cap also stops the work, not just the output.
    chunkSize: 1024 * 1024,
    step: (result, parser) => {
      try {
        checkExtent(table.length + 1, result.data.length, limits);
        table.push(result.data.map((cell) => cell.trim()));
      } catch (error) {
        refusal = error;
        parser.abort();
      }
    },
  });
  if (refusal) throw refusal;
  return table;
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** Header cells compared without case, accents, spaces or punctuation, so "E-mail" matches "email". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Finds each field's column by any of its Dutch or English names; fields without a column are absent. */
export function mapColumns<F extends string>(
  header: readonly string[],
  aliases: Record<F, readonly string[]>,
): Partial<Record<F, number>> {
  const normalised = header.map(normaliseHeader);
  const columns: Partial<Record<F, number>> = {};
  for (const field of Object.keys(aliases) as F[]) {
    const index = normalised.findIndex((h) => aliases[field].some((a) => normaliseHeader(a) === h));
    if (index >= 0) columns[field] = index;
  }
  return columns;
}
