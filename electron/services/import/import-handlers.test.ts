import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipBomb } from '../../../tests/unit/fixtures/hostile-files.ts';
import { servicesIn, tempDir } from '../testing/temp-services.ts';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function xlsx(rows: (string | number | Date)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Team');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('the spreadsheet import', () => {
  it('previews an XLSX made by Excel, with real dates and numbers in the cells', async () => {
    const services = servicesIn();
    const file = await xlsx([
      ['Name', 'Email', 'Skills', 'Mon', 'Tue', 'Wed', 'Start date'],
      ['Xena Excel', 'x@example.com', 'minutes, events', 8, 7.5, 4, new Date(Date.UTC(2027, 0, 4))],
    ]);
    const result = await services.call('previewImport', { kind: 'people', fileName: 'team.xlsx', base64: file });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      kind: 'people',
      rows: [
        {
          row: 2,
          problem: null,
          record: {
            name: 'Xena Excel',
            activeFrom: '2027-01-04',
            skills: ['minutes', 'events'],
            contracts: [{ hours: { mon: 8, tue: 7.5, wed: 4 } }],
          },
        },
      ],
    });
  });

  it('reads a CSV saved by Dutch Excel in Windows-1252', async () => {
    const services = servicesIn();
    const bytes = Buffer.from('Naam;Ma\nJosé Müller;8\n', 'latin1').toString('base64');
    const result = await services.call('previewImport', { kind: 'people', fileName: 'team.csv', base64: bytes });
    expect(result.ok && result.value).toMatchObject({ rows: [{ label: 'José Müller', problem: null }] });
  });

  it('writes nothing when any row has a problem, and names the row', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    const before = { revision: services.context.store.revision(), workspace: services.context.store.workspace() };
    const result = await services.call('applyImport', {
      kind: 'people',
      fileName: 'team.csv',
      base64: base64('Naam;Ma\nNieuw Mens;8\nFout Mens;99\n'),
    });
    expect(!result.ok && result.error.message).toMatch(/^row 3: bad_hours in column "Ma"/);
    expect({ revision: services.context.store.revision(), workspace: services.context.store.workspace() }).toEqual(
      before,
    );
  });

  it('adds every row at once after a backup, as one undoable change', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    const count = services.context.store.document().workspace.people.length;
    const result = await services.call('applyImport', {
      kind: 'people',
      fileName: 'team.csv',
      base64: base64('Name,Mon\nNew One,8\nNew Two,4\n'),
    });
    expect(result.ok).toBe(true);
    expect(services.context.store.document().workspace.people).toHaveLength(count + 2);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((name) => name.includes('before-import'))).toBe(true);
    await services.call('undo', {});
    expect(services.context.store.document().workspace.people).toHaveLength(count);
  });

  it('imports placements for people and clients that exist', async () => {
    const services = servicesIn();
    const { people, clients, placements } = services.context.store.document().workspace;
    const csv = `Persoon;Klant;Van;Uren per week;Tarief\n${people[0]!.name};${clients[0]!.name};01-01-2027;8;75,00\n`;
    const result = await services.call('applyImport', { kind: 'placements', fileName: 'p.csv', base64: base64(csv) });
    if (!result.ok) throw new Error(result.error.message);
    expect(services.context.store.document().workspace.placements).toHaveLength(placements.length + 1);
  });

  it('stops reading when the renderer cancels the job, and says so', async () => {
    const services = servicesIn();
    const reading = services.call('previewImport', {
      kind: 'people',
      fileName: 'big.xlsx',
      base64: (await zipBomb(400, true)).toString('base64'),
      jobId: 'job-1',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await services.call('cancelImport', { jobId: 'job-1' })).toEqual({ ok: true, value: { cancelled: true } });
    const result = await reading;
    expect(!result.ok && result.error).toMatchObject({ field: 'base64', reason: 'cancelled' });
    expect(await services.call('cancelImport', { jobId: 'job-1' })).toEqual({ ok: true, value: { cancelled: false } });
  }, 30_000);

  it('refuses a file that is neither CSV nor XLSX', async () => {
    const result = await servicesIn().call('previewImport', {
      kind: 'people',
      fileName: 'team.pdf',
      base64: base64('x'),
    });
    expect(!result.ok && result.error.field).toBe('fileName');
  });
});
