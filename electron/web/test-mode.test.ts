import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../services/app-services.ts';
import { confBackend } from '../services/storage/conf-backend.ts';
import { fixedClock, tempDir } from '../services/testing/temp-services.ts';
import { startWebHost, type WebHost } from './server.ts';
import { hostServices, type OpenServices } from './test-mode.ts';
import { TEST_MODE_VARIABLE, TEST_RESET_PATH } from './test-mode-names.ts';

const TOKEN = 'test-token-1234567890';
const open: OpenServices = async (dataDir, demoPeople) =>
  createAppServices({ dataDir, backend: confBackend, clock: fixedClock, demoPeople });
let host: WebHost | null = null;

afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(env: NodeJS.ProcessEnv, dataDir = tempDir()) {
  const { services, gate } = await hostServices({ env, token: TOKEN, dataDir, demoPeople: undefined, open });
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  host = await startWebHost({ services, staticDir, token: TOKEN, gate });
  return { dataDir, services };
}

function post(pathname: string, body: unknown, token = TOKEN) {
  const port = host?.port ?? 0;
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: 'POST',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-secretariaat-token': token },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const api = async (name: string, input: unknown = {}) =>
  JSON.parse((await post(`/api/${name}`, input)).body) as { ok: boolean; value: never };

/** What a user can tell apart: the workspace, the language, the history and undo state, the backups. */
async function visibleState() {
  const snapshot = (await api('getSnapshot')).value as {
    workspace: unknown;
    preferences: unknown;
    history: unknown;
    revision: number;
  };
  return {
    workspace: snapshot.workspace,
    preferences: snapshot.preferences,
    history: snapshot.history,
    revision: snapshot.revision,
    entries: (await api('getHistory', {})).value,
    backups: (await api('listBackups')).value,
  };
}

async function makeChanges() {
  await api('setLanguage', { language: 'en' });
  await api('resetWorkspace', { to: 'empty' });
  await api('backupNow');
}

describe('the test-mode reset of the web host', () => {
  it('does not exist without test mode: the route is refused and the workspace keeps its changes', async () => {
    // As `npm run web` starts it: the variable is not set at all (and any other value is not test mode).
    await start({});
    await makeChanges();
    const before = await visibleState();
    const answer = await post(TEST_RESET_PATH, {});
    expect(answer.status).toBe(405);
    expect(answer.body).not.toContain('dataDir');
    expect(await visibleState()).toEqual(before);
    expect((before.workspace as { people: unknown[] }).people).toHaveLength(0);
  });

  it('is off for any value but 1', async () => {
    await start({ [TEST_MODE_VARIABLE]: 'true' });
    expect((await post(TEST_RESET_PATH, {})).status).toBe(405);
  });

  it('is not an operation of the contract either, so no transport reaches it', async () => {
    await start({ [TEST_MODE_VARIABLE]: '1' });
    expect((await post('/api/resetForTest', {})).status).toBe(404);
  });

  it('in test mode gives exactly the state of a fresh host, on a fresh folder, and removes the old one', async () => {
    const { dataDir } = await start({ [TEST_MODE_VARIABLE]: '1' });
    const fresh = await visibleState();
    await makeChanges();
    expect(await visibleState()).not.toEqual(fresh);

    const answer = await post(TEST_RESET_PATH, {});
    expect(answer.status).toBe(200);
    const { dataDir: newDir } = JSON.parse(answer.body) as { dataDir: string };
    expect(newDir).not.toBe(dataDir);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(await visibleState()).toEqual(fresh);
    expect((fresh.workspace as { people: unknown[] }).people).toHaveLength(15);
  });

  it('never removes a data folder outside the temporary folder, even in test mode', async () => {
    // A temporary folder of its own, so the data folder lies outside it wherever the checkout is
    // (a CI clone under /tmp would otherwise put the "real" folder inside the temporary folder).
    const real = tempDir();
    const ownTmp = tempDir();
    const tmpBefore = process.env.TMPDIR;
    process.env.TMPDIR = ownTmp;
    try {
      await start({ [TEST_MODE_VARIABLE]: '1' }, real);
      expect((await post(TEST_RESET_PATH, {})).status).toBe(200);
      expect(fs.existsSync(path.join(real, 'workspace.db'))).toBe(true);
    } finally {
      if (tmpBefore === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpBefore;
      fs.rmSync(real, { recursive: true, force: true });
      fs.rmSync(ownTmp, { recursive: true, force: true });
    }
  });

  it('asks for the launch token and takes the demo size a test asks for', async () => {
    await start({ [TEST_MODE_VARIABLE]: '1' });
    expect((await post(TEST_RESET_PATH, {}, 'wrong-token-123456789')).status).toBe(401);
    expect((await post(TEST_RESET_PATH, { demoPeople: 'many' })).status).toBe(400);
    expect((await post(TEST_RESET_PATH, { demoPeople: 40 })).status).toBe(200);
    expect(((await api('getSnapshot')).value as { workspace: { people: unknown[] } }).workspace.people).toHaveLength(
      40,
    );
  });
});
