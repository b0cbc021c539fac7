import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/contract/index.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../support/pg-cluster.ts';
import { teamClient, type TeamClient } from '../support/team-client.ts';
import { TeamServerProcess } from '../support/team-server-process.ts';

const CLIENTS = 20;
const PASSWORD = 'load test password';
let cluster: PgCluster;
let server: TeamServerProcess;

const ACCOUNTS = 4;

/** Four leads signed in, each on five connections of their own (a password hash per sign-in is the slow part, and not what is tested). */
async function signedIn(count: number): Promise<TeamClient[]> {
  const leads = await Promise.all(
    Array.from({ length: Math.min(count, ACCOUNTS) }, async (_, i) => {
      const client = teamClient(server.url, `lead${i}`);
      expect((await client.login(PASSWORD)).status).toBe(200);
      return client;
    }),
  );
  return Array.from({ length: count }, (_, i) =>
    teamClient(server.url, leads[i % leads.length]!.name, leads[i % leads.length]!.cookie()),
  );
}

/** Each client adds clients named `${tag}-${client}-${n}` one after another; the names it got an answer for are acknowledged. */
async function burst(
  clients: TeamClient[],
  tag: string,
  perClient: number,
): Promise<{ acknowledged: string[]; failed: number }> {
  const acknowledged: string[] = [];
  let failed = 0;
  await Promise.all(
    clients.map(async (client, c) => {
      for (let n = 0; n < perClient; n += 1) {
        const name = `${tag}-${c}-${n}`;
        try {
          const res = await client.call('addClient', { name, kind: 'external', defaultRateCents: 5000 });
          if (res.status === 200) acknowledged.push(name);
          else failed += 1;
        } catch {
          // The server is gone: this client stops, as a browser would show "not saved".
          failed += 1;
          return;
        }
      }
    }),
  );
  return { acknowledged, failed };
}

async function clientNames(): Promise<string[]> {
  const [reader] = await signedIn(1);
  const snapshot = (await reader!.call('getSnapshot')).body as { value: Snapshot };
  return snapshot.value.workspace.clients.map((c) => c.name);
}

describe.skipIf(!pgAvailable())('the team server under load', () => {
  beforeAll(async () => {
    cluster = await startPgCluster();
    server = new TeamServerProcess(cluster.url(), 'load');
    await server.addAccounts(Array.from({ length: ACCOUNTS }, (_, i) => [`lead${i}`, 'lead', PASSWORD] as const));
    await server.start();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    cluster?.stop();
  });

  it(`keeps every one of ${CLIENTS} clients × 100 changes, once`, async () => {
    const clients = await signedIn(CLIENTS);
    const { acknowledged, failed } = await burst(clients, 'load', 100);
    expect(failed).toBe(0);
    expect(acknowledged).toHaveLength(CLIENTS * 100);
    const names = (await clientNames()).filter((n) => n.startsWith('load-'));
    expect(names).toHaveLength(CLIENTS * 100);
    expect(new Set(names).size).toBe(names.length);
  }, 300_000);

  it('loses no acknowledged change when the server is killed (kill -9) in the middle of a burst', async () => {
    const clients = await signedIn(CLIENTS);
    const running = burst(clients, 'kill', 100);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await server.kill();
    const { acknowledged, failed } = await running;
    expect(acknowledged.length, 'the kill should come after some changes were acknowledged').toBeGreaterThan(0);
    expect(failed, 'the kill should come before the burst ended').toBeGreaterThan(0);
    await server.start();
    const names = (await clientNames()).filter((n) => n.startsWith('kill-'));
    expect(new Set(names).size).toBe(names.length);
    const present = new Set(names);
    expect(acknowledged.filter((name) => !present.has(name))).toEqual([]);
    // At most one change per client was in flight when the server died.
    expect(names.length - acknowledged.length).toBeLessThanOrEqual(CLIENTS);
  }, 300_000);
});
