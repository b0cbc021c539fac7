import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/contract/errors.ts';
import { IMPORT_LIMITS } from '../../../shared/import/limits.ts';
import {
  bigCsv,
  csvIn,
  sparseWorkbook,
  workbookWithFormula,
  workbookWithRows,
  zipBomb,
} from '../../../tests/unit/fixtures/hostile-files.ts';
import { readTable } from './read-table.ts';

const read = (fileName: string, bytes: Buffer, limits = IMPORT_LIMITS) =>
  readTable(fileName, bytes.toString('base64'), new AbortController().signal, limits);

/** The refusal's reason and parameters, as the import dialog words them. */
async function refusal(promise: Promise<unknown>): Promise<DomainError['detail']> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.detail;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('reading a hostile spreadsheet', () => {
  it('refuses a 6 KB workbook with cells at A1 and XFD1048576 at once, naming the row and the cap', async () => {
    const started = performance.now();
    expect(await refusal(read('team.xlsx', sparseWorkbook()))).toEqual({
      reason: 'too_many_rows',
      params: { row: 1048576, limit: IMPORT_LIMITS.rows },
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('names the far-away cell when only the columns are too many', async () => {
    const file = workbookWithRows(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>',
    );
    expect(await refusal(read('team.xlsx', file))).toEqual({
      reason: 'too_many_columns',
      params: { cell: 'XFD1', limit: IMPORT_LIMITS.columns },
    });
  });

  it('refuses a zip bomb from its declared sizes, before unpacking it', async () => {
    const total = await zipBomb(250);
    expect(total.length).toBeLessThan(2 * 1024 * 1024);
    expect(await refusal(read('bomb.xlsx', total))).toMatchObject({ reason: 'unpacked_too_large' });
    expect(await refusal(read('bomb.xlsx', await zipBomb(20)))).toMatchObject({
      reason: 'packed_too_densely',
      params: { entry: 'xl/worksheets/sheet1.xml' },
    });
  });

  it('refuses a zip bomb that lies about its sizes once an entry unpacks past its claim', async () => {
    const liar = await zipBomb(400, true);
    const started = performance.now();
    expect(await refusal(read('bomb.xlsx', liar))).toEqual({
      reason: 'false_sizes',
      params: { entry: 'xl/worksheets/sheet1.xml' },
    });
    console.info(`lying zip bomb refused after ${Math.round(performance.now() - started)} ms`);
  }, 30_000);

  it('stops a workbook that needs more memory than the reader may use', async () => {
    const honestButHuge = await zipBomb(150);
    expect(
      await refusal(read('big.xlsx', honestButHuge, { ...IMPORT_LIMITS, entryRatio: 100_000, heapMb: 64 })),
    ).toEqual({ reason: 'memory_limit', params: { limitMb: 64 } });
  }, 60_000);

  it('refuses a workbook that fills the default heap, and the app that asked keeps running', async () => {
    // In a worker thread this read made V8 abort the whole test process (nodejs/node#47224); ExcelJS
    // either runs out of the 256 MB or gives up on the sheet first, depending on the machine.
    const honestButHuge = await zipBomb(150);
    const answer = await refusal(read('big.xlsx', honestButHuge, { ...IMPORT_LIMITS, entryRatio: 100_000 }));
    expect(['memory_limit', 'not_a_workbook']).toContain(answer?.reason);
    expect(await read('team.csv', csvIn('Naam\r\nAnna\r\n', 'utf-8', false))).toEqual([['Naam'], ['Anna']]);
  }, 60_000);

  it('stops reading at the time limit', async () => {
    // The limit lies far below what the file takes to read (unpacking 150 MB alone takes longer), so
    // the timer, not the machine's speed, decides; with a second a fast machine finished first.
    const honestButHuge = await zipBomb(150);
    expect(
      await refusal(read('big.xlsx', honestButHuge, { ...IMPORT_LIMITS, entryRatio: 100_000, seconds: 0.1 })),
    ).toEqual({ reason: 'time_limit', params: { seconds: 0.1 } });
  }, 60_000);

  it('reads a formula cell by its saved result, and refuses one without, naming the cell', async () => {
    const saved = await read(
      'team.xlsx',
      await workbookWithFormula({ formula: '"Anna"&" de Vries"', result: 'Anna de Vries' }),
    );
    expect(saved).toEqual([
      ['Naam', 'Ma'],
      ['Anna de Vries', '8'],
    ]);
    const unsaved = await workbookWithFormula({ formula: 'B2*2' } as never);
    expect(await refusal(read('team.xlsx', unsaved))).toEqual({
      reason: 'formula_without_value',
      params: { cell: 'A2' },
    });
  });

  it('refuses a 20 MB CSV past the row cap quickly, naming the first row too many', async () => {
    const file = bigCsv(20);
    const started = performance.now();
    expect(await refusal(read('team.csv', file))).toEqual({
      reason: 'too_many_rows',
      params: { row: IMPORT_LIMITS.rows + 2, limit: IMPORT_LIMITS.rows },
    });
    console.info(`20 MB CSV refused after ${Math.round(performance.now() - started)} ms`);
  });

  it('refuses a file over the size limit without reading it', async () => {
    expect(await refusal(read('team.csv', Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x41)))).toEqual({
      reason: 'file_too_large',
      params: { limitMb: 25 },
    });
  });

  it('can be cancelled while the reader reads', async () => {
    const controller = new AbortController();
    const reading = readTable('bomb.xlsx', (await zipBomb(400, true)).toString('base64'), controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await refusal(reading)).toEqual({ reason: 'cancelled', params: {} });
  }, 30_000);
});

describe('reading CSVs in the encodings Excel writes', () => {
  const text = 'Naam\tMa\r\nJosé Müller\t8\r\n';
  it.each([
    ['utf-8', true],
    ['utf-8', false],
    ['utf-16le', true],
    ['utf-16le', false],
    ['utf-16be', true],
    ['windows-1252', false],
  ] as const)('reads %s (BOM: %s) with its accents', async (encoding, bom) => {
    expect(await read('team.csv', csvIn(text, encoding, bom))).toEqual([
      ['Naam', 'Ma'],
      ['José Müller', '8'],
    ]);
  });
});
