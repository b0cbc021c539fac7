import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_MONTH, GOLDEN_TODAY, goldenWorkspace } from '../../shared/report/golden-workspace.ts';
import { exportMonthlyOverview } from '../../electron/services/export/monthly-export.ts';

const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => fs.existsSync(p));

/** Opens a CSV the way a double-click would (`;`, UTF-8) and saves it as XLSX, so the cells can be inspected. */
async function openInLibreOffice(csv: Buffer): Promise<ExcelJS.Worksheet> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-lo-'));
  fs.writeFileSync(path.join(dir, 'export.csv'), csv);
  execFileSync(
    soffice!,
    [
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--infilter=CSV:59,34,76,1',
      '--outdir',
      dir,
      path.join(dir, 'export.csv'),
    ],
    {
      env: { ...process.env, HOME: dir },
      stdio: 'ignore',
      timeout: 60_000,
    },
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.read(Readable.from(fs.readFileSync(path.join(dir, 'export.xlsx'))));
  return book.worksheets[0]!;
}

// LibreOffice is an optional independent reader here (apt-get install libreoffice-calc-nogui).
describe.skipIf(!soffice)('an exported CSV opened in LibreOffice Calc', () => {
  it('shows a request titled =HYPERLINK(...) as text, where the same title unneutralised becomes a formula', async () => {
    const title = '=HYPERLINK("http://x";"y")';
    const ws = goldenWorkspace();
    ws.requests[0]!.title = title;
    const files = await exportMonthlyOverview(ws, GOLDEN_TODAY, 'nl', {
      month: GOLDEN_MONTH,
      format: 'csv',
      separator: ';',
    });
    const requests = files.find((f) => f.name.toLowerCase().includes('aanvragen'))!;
    const sheet = await openInLibreOffice(Buffer.from(requests.base64, 'base64'));
    const cell = sheet.getColumn(1).values.find((v) => typeof v === 'string' && v.includes('HYPERLINK'));
    expect(cell).toBe(`'${title}`);

    const control = await openInLibreOffice(Buffer.from(`Verzoek;Uren\r\n"${title.replaceAll('"', '""')}";4\r\n`));
    expect(control.getCell('A2').formula).toContain('HYPERLINK');
  }, 120_000);
});
