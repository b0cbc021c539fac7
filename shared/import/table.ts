import Papa from 'papaparse';

export type Table = string[][];

/**
 * Excel writes `;` in a Dutch locale and `,` in an English one; papaparse guesses which, and a BOM
 * is dropped. Blank lines stay (as empty rows) so row numbers match what Excel shows.
 */
export function parseCsv(text: string): Table {
  const clean = text.replace(/^\uFEFF/, '').replace(/(\r?\n)+$/, '');
  const result = Papa.parse<string[]>(clean, { delimitersToGuess: [';', ','], skipEmptyLines: false });
  return result.data.map((row) => row.map((cell) => cell.trim()));
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
export function mapColumns<F extends string>(header: readonly string[], aliases: Record<F, readonly string[]>): Partial<Record<F, number>> {
  const normalised = header.map(normaliseHeader);
  const columns: Partial<Record<F, number>> = {};
  for (const field of Object.keys(aliases) as F[]) {
    const index = normalised.findIndex((h) => aliases[field].some((a) => normaliseHeader(a) === h));
    if (index >= 0) columns[field] = index;
  }
  return columns;
}
