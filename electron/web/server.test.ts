import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servicesIn, tempDir } from '../services/testing/temp-services.ts';
import { startWebHost, type WebHost } from './server.ts';

const TOKEN = 'test-token-1234567890';
let host: WebHost;
let staticDir: string;

/** Raw requests, because fetch will not let a test set a foreign Host header. */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (name: string, body: unknown, headers: Record<string, string> = { 'x-secretariaat-token': TOKEN }) =>
  request({
    path: `/api/${name}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  host = await startWebHost({ services: servicesIn(), staticDir, token: TOKEN, maxBodyBytes: 64 * 1024 });
});
afterAll(() => host.close());

describe('the web host', () => {
  it('listens on loopback only and prints a URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('answers an API call that carries the token', async () => {
    const res = await api('getSnapshot', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).value.workspace.people).toHaveLength(15);
  });

  it('a load after a change carries the change, also when the same workspace was loaded before', async () => {
    const first = JSON.parse((await api('getSnapshot', {})).body).value;
    expect(JSON.parse((await api('getSnapshot', {})).body).value).toEqual(first);
    const settings = { ...first.workspace.settings, organisationName: 'Vereniging Één & "Twee"' };
    expect((await api('updateSettings', settings)).status).toBe(200);
    const after = JSON.parse((await api('getSnapshot', {})).body).value;
    expect(after.workspace.settings.organisationName).toBe('Vereniging Één & "Twee"');
    expect(after.revision).toBe(first.revision + 1);
    expect(after.workspace.people).toEqual(first.workspace.people);
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    expect((await api('getSnapshot', {}, {})).status).toBe(401);
    expect((await api('getSnapshot', {}, { 'x-secretariaat-token': 'wrong-token-123456789' })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await api('getSnapshot', {}, { 'x-secretariaat-token': TOKEN, host: `evil.example:${host.port}` });
    expect(res.status).toBe(421);
  });

  it('refuses a request from a foreign Origin (another site in the browser)', async () => {
    const res = await api('getSnapshot', {}, { 'x-secretariaat-token': TOKEN, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses a request body over the size limit', async () => {
    const res = await api('addPerson', { name: 'x'.repeat(100 * 1024) });
    expect(res.status).toBe(413);
  });

  it('takes a whole-workspace import as large as the contract allows, past the limit for other calls', async () => {
    const exported = JSON.parse((await api('exportWorkspace', {})).body).value.content as string;
    expect(exported.length).toBeGreaterThan(64 * 1024);
    const res = await api('importWorkspace', { content: exported });
    expect(res.status).toBe(200);
  });

  it('answers a bad input with the field it names', async () => {
    const res = await api('setLanguage', { language: 'fr' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.field).toBe('language');
  });

  it('serves the app with a strict Content-Security-Policy', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) =>
      http.get({ host: '127.0.0.1', port: host.port, path: '/' }, resolve),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    res.resume();
  });

  it.each([
    ['a rebinding name on our port', (port: number) => `localhost.evil.example:${port}`],
    ['our address on another port', (port: number) => `127.0.0.1:${port + 1}`],
    ['our address without a port', () => '127.0.0.1'],
    ['an IPv6 loopback name we do not serve', (port: number) => `[::1]:${port}`],
  ])('refuses %s as Host, for pages and API alike', async (_kind, hostFor) => {
    const headers = { 'x-secretariaat-token': TOKEN, host: hostFor(host.port) };
    expect((await api('getSnapshot', {}, headers)).status).toBe(421);
    expect((await request({ path: '/', headers })).status).toBe(421);
  });

  it('accepts localhost on our port as Host', async () => {
    expect(
      (await api('getSnapshot', {}, { 'x-secretariaat-token': TOKEN, host: `localhost:${host.port}` })).status,
    ).toBe(200);
  });

  it.each([
    'null',
    'http://127.0.0.1',
    'https://127.0.0.1:PORT',
    'http://127.0.0.1:PORT.evil.example',
    'http://evil.example:PORT',
  ])('refuses the Origin %s even with the right token', async (origin) => {
    const res = await api(
      'setLanguage',
      { language: 'en' },
      { 'x-secretariaat-token': TOKEN, origin: origin.replace('PORT', String(host.port)) },
    );
    expect(res.status).toBe(403);
  });

  it('refuses a cross-site form post (no token header), and changes nothing', async () => {
    const before = (await api('getSnapshot', {})).body;
    const res = await request({
      path: '/api/setLanguage',
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"language":"en"}',
    });
    expect(res.status).toBe(401);
    expect(JSON.parse((await api('getSnapshot', {})).body).value.preferences).toEqual(
      JSON.parse(before).value.preferences,
    );
  });

  it('does not take the token from the query string for API calls', async () => {
    expect((await request({ path: `/api/getSnapshot?token=${TOKEN}`, method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('refuses an oversized body sent in chunks without a length', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/addPerson',
          method: 'POST',
          headers: { host: `127.0.0.1:${host.port}`, 'x-secretariaat-token': TOKEN, 'transfer-encoding': 'chunked' },
        },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write('x'.repeat(8 * 1024));
      req.end();
    });
    expect(res).toBe(413);
  });

  it('answers GET on an API path with 405 and does not run it', async () => {
    expect((await request({ path: '/api/resetWorkspace', headers: { 'x-secretariaat-token': TOKEN } })).status).toBe(
      405,
    );
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%00index.html'])(
    'never serves a file outside the app folder (%s)',
    async (p) => {
      expect((await request({ path: p })).status).toBe(404);
    },
  );
});
