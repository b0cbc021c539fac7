import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot, Update } from '../../shared/contract/index.ts';
import { fixedClock, tempDir } from '../../electron/services/testing/temp-services.ts';
import { noEncryption } from '../../electron/services/storage/encryption/encryption-setup.ts';
import { startTeamHost, type TeamHost } from '../../electron/team/team-host.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../support/pg-cluster.ts';
import { teamClient } from '../support/team-client.ts';

const PASSWORD = 'correct horse battery';
let cluster: PgCluster;
let team: TeamHost;
let url: string;

const valueOf = <T>(body: { ok: boolean; value?: unknown }) => body.value as T;

describe.skipIf(!pgAvailable())('the team server', () => {
  beforeAll(async () => {
    cluster = await startPgCluster();
    team = await startTeamHost({
      connectionString: cluster.url(),
      schema: 'team_test',
      dataDir: tempDir(),
      staticDir: tempDir(),
      clock: fixedClock,
      encryption: noEncryption('test', false),
      firstStart: 'demo',
    });
    url = `http://127.0.0.1:${team.host.port}`;
    for (const [name, role] of [
      ['anna', 'lead'],
      ['bram', 'lead'],
      ['dirk', 'viewer'],
      ['root', 'admin'],
    ] as const)
      await team.accounts.add(name, role, PASSWORD);
  }, 90_000);
  afterAll(async () => {
    await team?.close();
    cluster?.stop();
  });

  it('answers nothing of the workspace before sign-in, and says so in a code the screen can word', async () => {
    const res = await teamClient(url, 'anna').call('getSnapshot');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('signs a lead in with an HttpOnly, SameSite=Strict cookie and names them in the snapshot', async () => {
    const res = await fetch(`${url}/api/session/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'anna', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/secretariaat_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict/);
    const anna = teamClient(url, 'anna');
    await anna.login(PASSWORD);
    const snapshot = valueOf<Snapshot>((await anna.call('getSnapshot')).body);
    expect(snapshot.session).toEqual({ name: 'anna', role: 'lead' });
    expect(snapshot.storage.dataFile).toMatch(/^postgresql:\/\/127\.0\.0\.1:\d+\/postgres \(schema team_test\)$/);
  });

  it('refuses a wrong password, and after five tries makes the next one wait', async () => {
    const guesser = teamClient(url, 'bram');
    for (let i = 0; i < 5; i += 1) expect((await guesser.login(`guess-${i}-wrong`)).status).toBe(401);
    const throttled = await guesser.login(PASSWORD);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0);
    expect(throttled.body).toMatchObject({ ok: false, error: { code: 'throttled' } });
    // Only that name waits: a colleague on the same address signs in as usual.
    expect((await teamClient(url, 'dirk').login(PASSWORD)).status).toBe(200);
  });

  it('gives a viewer the figures without leave reasons or e-mail addresses, and refuses their edits on the server', async () => {
    const dirk = teamClient(url, 'dirk');
    expect((await dirk.login(PASSWORD)).status).toBe(200);
    const snapshot = valueOf<Snapshot>((await dirk.call('getSnapshot')).body);
    expect(snapshot.session?.role).toBe('viewer');
    expect(snapshot.workspace.leave.length).toBeGreaterThan(0);
    expect(new Set(snapshot.workspace.leave.map((l) => l.kind))).toEqual(new Set(['other']));
    expect(snapshot.workspace.people.every((p) => p.email === '')).toBe(true);
    const edit = await dirk.call('addClient', { name: 'Sneaky BV', kind: 'external', defaultRateCents: 100 });
    expect(edit.status).toBe(403);
    expect(edit.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await dirk.call('getHistory', { limit: 10 })).status).toBe(403);
  });

  it('refuses a change to a record a colleague changed after the screen showed it, naming the colleague; the history names each author', async () => {
    const anna = teamClient(url, 'anna');
    const root = teamClient(url, 'root');
    await anna.login(PASSWORD);
    await root.login(PASSWORD);
    const seen = valueOf<Snapshot>((await anna.call('getSnapshot')).body);
    const client = seen.workspace.clients[0]!;
    const byRoot = await root.call('updateClient', { ...client, contactName: 'Changed by root' }, seen.revision);
    expect(byRoot.status).toBe(200);
    const byAnna = await anna.call('updateClient', { ...client, contactName: 'Changed by Anna' }, seen.revision);
    expect(byAnna.status).toBe(409);
    expect(byAnna.body).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'changed_by_other', params: { author: 'root' } },
    });
    const after = valueOf<Snapshot>((await anna.call('getSnapshot')).body);
    expect(after.workspace.clients[0]!.contactName).toBe('Changed by root');
    const history = valueOf<{ author: string | null; op: string }[]>(
      (await anna.call('getHistory', { limit: 5 })).body,
    );
    expect(history[0]).toMatchObject({ op: 'updateClient', author: 'root' });
  });

  it('tells every open browser of a change within a second', async () => {
    const anna = teamClient(url, 'anna');
    await anna.login(PASSWORD);
    const root = teamClient(url, 'root');
    await root.login(PASSWORD);
    const controller = new AbortController();
    const stream = await fetch(`${url}/api/events`, { headers: { cookie: root.cookie() }, signal: controller.signal });
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    const first = Number(/data: (\d+)/.exec(text)![1]);
    const started = Date.now();
    const change = valueOf<Update>(
      (await anna.call('addClient', { name: 'Live BV', kind: 'external', defaultRateCents: 5000 })).body,
    );
    while (!text.includes(`data: ${change.revision}`)) text += decoder.decode((await reader.read()).value);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(change.revision).toBeGreaterThan(first);
    controller.abort();
  });

  it('reports its health without signing in', async () => {
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { status: 'ok' } });
  });
});
