import ExcelJS from 'exceljs';
import { DomainError } from '../../../shared/contract/errors.ts';
import { parseCsv, type Table } from '../../../shared/import/table.ts';

/** Excel on Dutch Windows saves "CSV" in Windows-1252, not UTF-8; a strict UTF-8 decode tells them apart. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Cell values as the user saw them: dates as YYYY-MM-DD (Excel dates are UTC midnights), formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${two(value.getUTCMonth() + 1)}-${two(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value).trim();
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('invalid_input', 'base64: the file is not a readable XLSX workbook', 'base64');
  }
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const table: Table = [];
  // Row by row from 1 so a blank row in the sheet keeps the row numbers Excel shows.
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

/** The uploaded file as rows of text cells; the extension decides between XLSX and CSV. */
export async function readTable(fileName: string, base64: string): Promise<Table> {
  const bytes = Buffer.from(base64, 'base64');
  if (/\.xlsx$/i.test(fileName)) return readXlsx(bytes);
  if (!/\.(csv|txt)$/i.test(fileName)) throw new DomainError('invalid_input', 'fileName: choose a .csv or .xlsx file', 'fileName');
  return parseCsv(decodeText(bytes));
}
