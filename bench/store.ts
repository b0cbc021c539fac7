import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppServices } from '../electron/services/app-services.ts';
import { confBackend } from '../electron/services/storage/conf-backend.ts';
import {
  environmentEncryption,
  noEncryption,
  type EncryptionSetup,
} from '../electron/services/storage/encryption/encryption-setup.ts';
import { startWebHost } from '../electron/web/server.ts';
import { findIn } from '../electron/services/handlers/collections.ts';
import { applyPatches } from '../shared/journal/apply.ts';
import type { Update } from '../shared/contract/index.ts';
import type { Workspace } from '../shared/schemas/index.ts';
import { figure, progress, type Row } from './report.ts';
import { describeTiming, summarise, timeSync } from './stats.ts';
import { benchWorkspace, BENCH_TODAY } from './workspaces.ts';

const SIZES = [15, 200, 500, 2000] as const;
const LONG_HISTORY = 20_000;
const clock = { today: () => BENCH_TODAY, now: () => new Date() };

function servicesOn(dir: string, people: number, encryption: EncryptionSetup) {
  // The demo generator with 24 months of history is the first-start workspace.
  return createAppServices({
    dataDir: dir,
    backend: confBackend,
    clock,
    encryption,
    demoPeople: 0,
    firstStart: () => benchWorkspace(people),
  });
}

/** Requests a lead can still plan, found once: a status change is not what is being measured. */
export function plannable(workspace: Workspace): { requests: string[]; people: string[] } {
  const requests = workspace.requests
    .filter((r) => r.status === 'new' || r.status === 'assigned')
    .slice(0, 50)
    .map((r) => r.id);
  return { requests, people: workspace.people.map((p) => p.id) };
}

/** A change a lead makes many times a day: the plan of an open request, alternating between two weeks. */
export function planChange(ids: ReturnType<typeof plannable>, i: number) {
  return {
    id: ids.requests[i % ids.requests.length]!,
    assignments: [
      { personId: ids.people[i % ids.people.length]!, week: i % 2 === 0 ? '2026-W50' : '2026-W51', hours: 2 + (i % 4) },
    ],
  };
}

function applyPlan(workspace: Workspace, plan: ReturnType<typeof planChange>): void {
  findIn(workspace, 'requests', plan.id).assignments = plan.assignments;
}

async function saves(people: number, label: string, encryption: () => EncryptionSetup): Promise<Row[]> {
  progress(`store: ${people} people, ${label}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-bench-store-'));
  const services = servicesOn(dir, people, encryption());
  const { store } = services.context;
  const ids = plannable(store.workspace());
  let i = 0;
  const save = () => {
    const plan = planChange(ids, i++);
    store.update((ws) => applyPlan(ws, plan), { op: 'assignRequest' });
  };
  const saved = timeSync(save, { warmup: 5, runs: 40 });
  const times: number[] = [];
  for (let n = 0; n < 30; n++) {
    const plan = planChange(ids, i++);
    const started = performance.now();
    const answer = await services.call('assignRequest', plan);
    if (!answer.ok) throw new Error(answer.error.message);
    times.push(performance.now() - started);
  }
  const call = summarise(times);
  const snapshotStarted = performance.now();
  store.close();
  const snapshotMs = performance.now() - snapshotStarted;
  const opened = timeSync(() => servicesOn(dir, people, encryption()).context.store.close(), { warmup: 1, runs: 5 });
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    figure('store', `${people} p, ${label}: one saved change (store)`, describeTiming(saved)),
    figure(
      'store',
      `${people} p, ${label}: one change through dispatch, longest main-thread block`,
      `${describeTiming(call)}; max ${Math.max(...times).toFixed(1)} ms`,
    ),
    figure('store', `${people} p, ${label}: snapshot at close (not in a save)`, `${snapshotMs.toFixed(0)} ms`),
    figure('store', `${people} p, ${label}: open (snapshot + replay)`, describeTiming(opened)),
  ];
}

async function longHistory(people: number, label: string, encryption: () => EncryptionSetup): Promise<Row[]> {
  progress(`store: ${people} people, ${label}, ${LONG_HISTORY} changes`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-bench-history-'));
  const services = servicesOn(dir, people, encryption());
  const { store } = services.context;
  const ids = plannable(store.workspace());
  const started = performance.now();
  for (let i = 0; i < LONG_HISTORY; i++) {
    const plan = planChange(ids, i);
    store.update((ws) => applyPlan(ws, plan), { op: 'assignRequest' });
    // Let the deferred snapshot run now and then, as the app's idle moments do.
    if (i % 1000 === 999) await new Promise((resolve) => setTimeout(resolve, 1100));
  }
  const perChange = (performance.now() - started) / LONG_HISTORY;
  const size = fs
    .readdirSync(dir)
    .filter((n) => n.startsWith('workspace.db'))
    .reduce((sum, n) => sum + fs.statSync(path.join(dir, n)).size, 0);
  const afterClose = (() => {
    store.close();
    return timeSync(() => servicesOn(dir, people, encryption()).context.store.close(), { warmup: 1, runs: 5 });
  })();
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    figure('store', `${people} p, ${label}: open after ${LONG_HISTORY} journal rows`, describeTiming(afterClose)),
    figure(
      'store',
      `${people} p, ${label}: journal size after ${LONG_HISTORY} changes`,
      `${(size / 1e6).toFixed(1)} MB (${perChange.toFixed(2)} ms per change on average)`,
    ),
  ];
}

/** Operation sent over HTTP, answer parsed, patches applied to the state a renderer holds. */
async function endToEnd(people: number): Promise<Row> {
  progress(`store: ${people} people, end to end through the web host`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-bench-e2e-'));
  const services = servicesOn(dir, people, noEncryption('bench', false));
  const token = 'bench';
  const host = await startWebHost({ services, staticDir: dir, token });
  const call = async (name: string, input: unknown) => {
    const response = await fetch(`${host.url.split('?')[0]}api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-secretariaat-token': token },
      body: JSON.stringify(input),
    });
    return ((await response.json()) as { value: unknown }).value;
  };
  let held = (await call('getSnapshot', {})) as { workspace: Workspace; revision: number };
  const ids = plannable(held.workspace);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const plan = planChange(ids, i);
    const started = performance.now();
    const update = (await call('assignRequest', plan)) as Update;
    held = { workspace: applyPatches(held.workspace, update.patches), revision: update.revision };
    times.push(performance.now() - started);
  }
  await host.close();
  services.context.store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return figure(
    'store',
    `${people} p: one change end to end (HTTP + apply in the renderer's state)`,
    describeTiming(summarise(times.slice(5))),
  );
}

/**
 * What a saved change costs with the journal: one small transaction, flat in the size of the
 * workspace and its history; opening reads the newest snapshot and replays what came after it.
 */
export async function benchStore(): Promise<Row[]> {
  const rows: Row[] = [];
  const key = randomBytes(32).toString('base64');
  const kinds = [
    ['plain', () => noEncryption('bench', false)],
    ['encrypted', () => environmentEncryption(key)],
  ] as const;
  for (const [label, encryption] of kinds) {
    for (const people of SIZES) rows.push(...(await saves(people, label, encryption)));
    rows.push(...(await longHistory(500, label, encryption)));
  }
  rows.push(await endToEnd(15), await endToEnd(500));
  return rows;
}
