import { applyPatches } from '../shared/journal/apply.ts';
import type { Snapshot, Update } from '../shared/contract/index.ts';
import type { Workspace } from '../shared/schemas/index.ts';
import { noEncryption } from '../electron/services/storage/encryption/encryption-setup.ts';
import { startTeamHost } from '../electron/team/team-host.ts';
import { tempDir } from '../electron/services/testing/temp-services.ts';
import { pgBinDir, startPgCluster } from '../tests/support/pg-cluster.ts';
import { teamClient } from '../tests/support/team-client.ts';
import { figure, progress, targeted, type Row } from './report.ts';
import { describeTiming, summarise } from './stats.ts';
import { planChange, plannable } from './store.ts';
import { BENCH_TODAY, benchWorkspace } from './workspaces.ts';

const CLIENTS = 20;
const PEOPLE = 500;
const CHANGES = 105;
const TARGET_MS = 50;
const PASSWORD = 'bench password 1234';

/**
 * A team server on a throwaway PostgreSQL cluster with a 500-person workspace and 20 signed-in
 * browsers listening for revisions: one change's round trip (HTTP, journal row in PostgreSQL,
 * answer applied to the state a renderer holds), and how long until another browser hears of it.
 */
export async function benchTeam(): Promise<Row[]> {
  if (!pgBinDir()) return [figure('team', 'team server', 'skipped: PostgreSQL is not installed')];
  progress(`team: PostgreSQL cluster, ${PEOPLE} people, ${CLIENTS} clients`);
  const cluster = await startPgCluster();
  const clock = { today: () => BENCH_TODAY, now: () => new Date() };
  const team = await startTeamHost({
    connectionString: cluster.url(),
    schema: 'bench',
    dataDir: tempDir(),
    staticDir: tempDir(),
    clock,
    encryption: noEncryption('bench', false),
    firstStart: () => benchWorkspace(PEOPLE),
  });
  try {
    await team.accounts.add('lead', 'lead', PASSWORD);
    const url = `http://127.0.0.1:${team.host.port}`;
    const clients = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const client = teamClient(url, 'lead');
      await client.login(PASSWORD);
      clients.push(client);
    }
    // Every other client holds a live stream open, as a browser on the dashboard does.
    let heardAt = new Map<number, number>();
    const streams = clients.slice(1).map((client) => {
      const controller = new AbortController();
      void (async () => {
        const response = await fetch(`${url}/api/events`, {
          headers: { cookie: client.cookie() },
          signal: controller.signal,
        });
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          for (const match of decoder.decode(value).matchAll(/data: (\d+)/g)) {
            const revision = Number(match[1]);
            if (!heardAt.has(revision)) heardAt.set(revision, performance.now());
          }
        }
      })().catch(() => undefined);
      return controller;
    });
    const lead = clients[0]!;
    const held = (await lead.call('getSnapshot')).body as { value: Snapshot };
    let workspace: Workspace = held.value.workspace;
    let revision = held.value.revision;
    const ids = plannable(workspace);
    const trips: number[] = [];
    const heard: number[] = [];
    heardAt = new Map();
    for (let i = 0; i < CHANGES; i += 1) {
      const started = performance.now();
      const answer = (await lead.call('assignRequest', planChange(ids, i), revision)).body as {
        ok: boolean;
        value: Update;
      };
      if (!answer.ok) throw new Error(`change ${i} refused: ${JSON.stringify(answer)}`);
      workspace = applyPatches(workspace, answer.value.patches);
      revision = answer.value.revision;
      const done = performance.now();
      while (!heardAt.has(revision) && performance.now() - done < 2000) await new Promise((r) => setTimeout(r, 1));
      if (i >= 5) {
        trips.push(done - started);
        heard.push((heardAt.get(revision) ?? Number.NaN) - started);
      }
    }
    for (const stream of streams) stream.abort();
    const trip = summarise(trips);
    return [
      targeted(
        'team',
        `${PEOPLE} p, ${CLIENTS} clients: one change round trip (PostgreSQL)`,
        describeTiming(trip),
        `median ≤ ${TARGET_MS} ms`,
        trip.median <= TARGET_MS,
      ),
      figure(
        'team',
        `${PEOPLE} p, ${CLIENTS} clients: until another browser hears of it`,
        describeTiming(summarise(heard)),
      ),
    ];
  } finally {
    await team.close();
    cluster.stop();
  }
}
