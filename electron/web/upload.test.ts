import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../shared/import/limits.ts';
import { bigCsv, sparseWorkbook, zipBomb } from '../../tests/unit/fixtures/hostile-files.ts';
import { servicesIn, tempDir } from '../services/testing/temp-services.ts';
import { startWebHost, type WebHost } from './server.ts';

const TOKEN = 'test-token-1234567890';
let host: WebHost;

type Answer = { status: number; body: string; ms: number };

/** A raw request that resolves on the answer even if the host stops reading a body it refuses. */
function send(
  path: string,
  body: Buffer | string,
  headers: Record<string, string> = { 'x-secretariaat-token': TOKEN },
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: 'POST',
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        answered = true;
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }));
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.end(body);
  });
}

const upload = (fileName: string, bytes: Buffer, headers?: Record<string, string>) =>
  send(`/api/upload/previewImport?kind=people&fileName=${encodeURIComponent(fileName)}`, bytes, headers);
const reason = (answer: Answer) => (JSON.parse(answer.body) as { error?: { reason?: string } }).error?.reason;

beforeAll(async () => {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  host = await startWebHost({ services: servicesIn(), staticDir, token: TOKEN });
});
afterAll(() => host.close());

describe('the import upload route of the web host', () => {
  it('keeps the token, Host and Origin guards', async () => {
    const csv = Buffer.from('Naam;Ma\nNieuw Mens;8\n');
    expect((await upload('team.csv', csv, {})).status).toBe(401);
    expect(
      (await upload('team.csv', csv, { 'x-secretariaat-token': TOKEN, origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect(
      (await upload('team.csv', csv, { 'x-secretariaat-token': TOKEN, host: `evil.example:${host.port}` })).status,
    ).toBe(421);
    expect((await send('/api/upload/resetWorkspace?kind=people&fileName=a.csv', csv)).status).toBe(404);
  });

  it('previews a file far above the 1 MiB JSON limit', async () => {
    const rows = Array.from(
      { length: 9000 },
      (_, i) => `Medewerker ${i};notuleren, agendabeheer en SharePoint-beheer voor het bestuur;8;8`,
    );
    const csv = Buffer.from(`Naam;Vaardigheden;Ma;Di\n${rows.join('\n')}\n`);
    expect(csv.length).toBeGreaterThan(600 * 1024);
    const answer = await upload('team.csv', csv);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).value.rows).toHaveLength(9000);
  });

  it('takes a 20 MB CSV and answers with the row cap, not a body-size refusal', async () => {
    const answer = await upload('team.csv', bigCsv(20));
    console.info(`20 MB CSV upload + preview answered in ${Math.round(answer.ms)} ms`);
    expect(answer.status).toBe(400);
    expect(reason(answer)).toBe('too_many_rows');
  });

  it('refuses a file over the import limit with the limit in megabytes', async () => {
    const answer = await upload('team.csv', Buffer.alloc(IMPORT_LIMITS.fileBytes + 1024, 0x41));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatchObject({ reason: 'file_too_large', params: { limitMb: 25 } });
  });

  it.each([
    ['the sparse XLSX (A1 and XFD1048576)', () => Promise.resolve(sparseWorkbook()), 'too_many_rows'],
    ['a zip bomb that lies about its sizes', () => zipBomb(400, true), 'false_sizes'],
  ])(
    'answers another call within 1 s while it reads %s',
    async (_name, build, refused) => {
      const hostile = upload('hostile.xlsx', await build());
      // Give the worker time to start reading before the second call.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const second = await send('/api/getCapabilities', '{}', {
        'x-secretariaat-token': TOKEN,
        'content-type': 'application/json',
      });
      const first = await hostile;
      console.info(
        `second call answered in ${Math.round(second.ms)} ms; the hostile file was refused (${reason(first)}) after ${Math.round(first.ms)} ms`,
      );
      expect(second.status).toBe(200);
      expect(second.ms).toBeLessThan(1000);
      expect(reason(first)).toBe(refused);
    },
    60_000,
  );
});
