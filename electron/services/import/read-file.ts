import zlib from 'node:zlib';
import type ExcelJS from 'exceljs';
import { decodeText } from '../../../shared/import/decode-text.ts';
import { refuseImport } from '../../../shared/import/refusal.ts';
import { checkExtent, parseCsv, type Table } from '../../../shared/import/table.ts';
import { zipEntries } from '../../../shared/import/zip-entries.ts';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Cell values as the user saw them: dates as YYYY-MM-DD (Excel dates are UTC midnights), formulas by their saved result. */
function cellText(value: ExcelJS.CellValue, address: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`;
  if (typeof value !== 'object') return String(value).trim();
  if ('formula' in value || 'sharedFormula' in value) {
    // A file written by a program rather than by Excel may hold a formula without its result; computing it here is no option.
    if (value.result === undefined || value.result === null)
      throw refuseImport('formula_without_value', { cell: address });
    return typeof value.result === 'object' && 'error' in value.result ? '' : cellText(value.result, address);
  }
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  return '';
}

/**
 * The main thread checked the sizes the zip declares; a bomb can lie about them. Each entry is
 * unpacked here with its declared size as the output cap, so no entry yields more than it claimed
 * before ExcelJS unpacks it for real.
 */
function checkUnpackedSizes(bytes: Uint8Array): void {
  for (const entry of zipEntries(bytes) ?? []) {
    if (entry.method !== 8) continue;
    try {
      zlib.inflateRawSync(bytes.subarray(entry.dataStart, entry.dataStart + entry.packed), {
        maxOutputLength: Math.max(1, entry.unpacked),
      });
    } catch (error) {
      if (error instanceof RangeError) throw refuseImport('false_sizes', { entry: entry.name });
      throw refuseImport('not_a_workbook');
    }
  }
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  checkUnpackedSizes(bytes);
  // Loaded only for workbooks: it is most of a reader's start-up time, which a CSV does not need.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuseImport('not_a_workbook');
  }
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const table: Table = [];
  // Only the rows and cells that exist: walking rowCount × columnCount turns one far-away cell into a billion.
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    checkExtent(rowNumber, 1);
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      checkExtent(rowNumber, column);
      cells[column - 1] = cellText(cell.value, cell.address);
    });
    // Gaps stay as empty rows and cells so row numbers and columns match what Excel shows.
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table, (r) => r ?? []);
}

/** The file as rows of text cells; runs inside the reading process, never in the app's own. */
export async function readFile(fileName: string, bytes: Uint8Array): Promise<Table> {
  if (/\.xlsx$/i.test(fileName)) return readXlsx(bytes);
  return parseCsv(decodeText(bytes).text);
}
