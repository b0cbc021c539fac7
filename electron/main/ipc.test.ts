import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { contract, ipcChannel } from '../../shared/contract/index.ts';
import type { Envelope } from '../../shared/contract/errors.ts';
import { tempDir } from '../services/testing/temp-services.ts';

const captured = vi.hoisted(() => ({ handlers: new Map<string, unknown>(), protocol: null as unknown }));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: unknown) => captured.handlers.set(channel, listener) },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (_scheme: string, handler: unknown) => (captured.protocol = handler),
  },
}));

const { isTrustedSenderUrl, registerIpc } = await import('./ipc.ts');
const { serveRenderer } = await import('./app-protocol.ts');

type Listener = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<Envelope>;
const okEnvelope: Envelope = { ok: true, value: 'done' };
const frame = (url: string) => ({ senderFrame: { url } });

describe('IPC registration', () => {
  const services = { call: vi.fn((_name: string, _input: unknown) => Promise.resolve(okEnvelope)) };
  const channels = registerIpc(services);

  it('registers exactly one channel per contract operation, through Electron ipcMain', () => {
    const expected = Object.keys(contract).map(ipcChannel).sort();
    expect([...captured.handlers.keys()].sort()).toEqual(expected);
    expect([...channels].sort()).toEqual(expected);
  });

  it.each(Object.keys(contract))('%s answers our own page and passes the input on', async (name) => {
    services.call.mockClear();
    const listener = captured.handlers.get(ipcChannel(name)) as Listener;
    await expect(listener(frame('app://secretariaat/index.html#/team'), { x: 1 })).resolves.toEqual(okEnvelope);
    expect(services.call).toHaveBeenCalledWith(name, { x: 1 });
  });

  it.each(Object.keys(contract))('%s refuses a foreign or vanished sender without running anything', async (name) => {
    services.call.mockClear();
    const listener = captured.handlers.get(ipcChannel(name)) as Listener;
    for (const event of [
      frame('https://evil.example/'),
      frame('app://secretariaat.evil.example/'),
      frame('file:///tmp/x.html'),
      { senderFrame: null },
    ]) {
      await expect(listener(event, {})).resolves.toMatchObject({ ok: false, error: { message: 'Untrusted sender' } });
    }
    expect(services.call).not.toHaveBeenCalled();
  });

  it('trusts only the app origin, for any URL', () => {
    expect(isTrustedSenderUrl('app://secretariaat')).toBe(true);
    expect(isTrustedSenderUrl('app://secretariaat/')).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.string().map((s) => `app://secretariaat${s}`),
        ),
        (url) => {
          expect(isTrustedSenderUrl(url)).toBe(url === 'app://secretariaat' || url.startsWith('app://secretariaat/'));
        },
      ),
      { numRuns: 2000 },
    );
    for (const url of [
      'app://secretariaat.evil/',
      'app://secretariaat@evil/',
      'app://secretariaatx/',
      'http://secretariaat/',
      '',
    ]) {
      expect(isTrustedSenderUrl(url), url).toBe(false);
    }
  });
});

describe('the app:// protocol', () => {
  const outside = tempDir();
  const dir = path.join(outside, 'renderer');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(outside, 'secret.json'), '{}');
  serveRenderer(dir);
  const handle = (url: string, method = 'GET') =>
    (captured.protocol as (r: Request) => Response)(new Request(url, { method }));

  it('serves the page with the Content-Security-Policy', async () => {
    const res = handle('app://secretariaat/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<title>app</title>');
  });

  it.each([
    'app://secretariaat/../secret.json',
    'app://secretariaat/%2e%2e/secret.json',
    'app://secretariaat/..%2fsecret.json',
    'app://secretariaat/%00index.html',
    'app://other/index.html',
  ])('answers 404 for %s', (url) => {
    expect(handle(url).status).toBe(404);
  });

  it('answers 404 to anything but GET', () => {
    expect(handle('app://secretariaat/index.html', 'POST').status).toBe(404);
  });
});

describe('the IPC bridge in npm run dev', () => {
  it('answers the dev server origin too, and nothing else besides app://', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSenderUrl('http://localhost:5173/#/team', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', null)).toBe(false);
    expect(isTrustedSenderUrl('app://secretariaat/index.html', dev)).toBe(true);
  });
});
