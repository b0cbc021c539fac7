import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { AppServices } from '../services/app-services.ts';
import { cancelAllJobs } from '../services/import/import-jobs.ts';
import { forgetContents } from '../services/storage/backup-contents.ts';
import { checkToken, readBody } from './request-guard.ts';
import { tokenGate, type Gate } from './server.ts';
import { TEST_MODE_VARIABLE, TEST_RESET_PATH } from './test-mode-names.ts';

const resetInputSchema = z.strictObject({ demoPeople: z.number().int().min(1).max(5000).optional() });
export type ResetInput = z.infer<typeof resetInputSchema>;

/** Opens the services on a data folder, as the host does at launch. */
export type OpenServices = (dataDir: string, demoPeople: number | undefined) => Promise<AppServices>;

/**
 * The end-to-end tests start one host per worker with SECRETARIAAT_TEST_MODE=1 and give every test
 * a fresh workspace through TEST_RESET_PATH. Without the variable the route does not exist: `npm run
 * web` never sets it, and the desktop app has no HTTP server at all (nor is the reset an operation
 * of the contract, so IPC cannot reach it either).
 */
function isInside(parent: string, child: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function isTestMode(env: NodeJS.ProcessEnv): boolean {
  return env[TEST_MODE_VARIABLE] === '1';
}

/**
 * The services a host runs with and the gate in front of them. In test mode the services are a
 * stand-in whose reset opens fresh ones on a new folder, so a test sees what a fresh host shows:
 * the journal, history, undo stacks, settings and backups all start over, and so do the caches
 * that outlive one set of services (backup contents, running imports).
 */
export async function hostServices(options: {
  env: NodeJS.ProcessEnv;
  token: string;
  dataDir: string;
  demoPeople: number | undefined;
  open: OpenServices;
}): Promise<{ services: AppServices; gate: Gate }> {
  const first = await options.open(options.dataDir, options.demoPeople);
  if (!isTestMode(options.env)) return { services: first, gate: tokenGate(options.token) };
  let current = first;
  let currentDir = options.dataDir;
  const services: AppServices = {
    get context() {
      return current.context;
    },
    call: (name, input, request) => current.call(name, input, request),
  };
  const reset = async (input: ResetInput): Promise<string> => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-e2e-'));
    const next = await options.open(dataDir, input.demoPeople ?? options.demoPeople);
    const previous = { services: current, dataDir: currentDir };
    current = next;
    currentDir = dataDir;
    previous.services.context.store.close();
    cancelAllJobs();
    forgetContents();
    // Only a folder the test harness made is thrown away: a real data folder never is, even in test mode.
    if (isInside(os.tmpdir(), previous.dataDir)) fs.rmSync(previous.dataDir, { recursive: true, force: true });
    return dataDir;
  };
  return { services, gate: withTestReset(tokenGate(options.token), options.token, reset) };
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The reset route in front of the host's own gate; it asks for the same per-launch token as the API. */
function withTestReset(gate: Gate, token: string, reset: (input: ResetInput) => Promise<string>): Gate {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const verdict = checkToken(req, token);
    if (!verdict.ok) return answer(res, verdict.status, { ok: false, reason: verdict.reason });
    if (req.method !== 'POST') return answer(res, 405, { ok: false, reason: 'Use POST' });
    const body = await readBody(req, 4096);
    const text = body.ok ? body.bytes.toString('utf8') : '';
    const input = resetInputSchema.safeParse(text === '' ? {} : JSON.parse(text));
    if (!input.success) return answer(res, 400, { ok: false, reason: input.error.message });
    answer(res, 200, { ok: true, dataDir: await reset(input.data) });
  };
  return {
    ...gate,
    route(req, res, pathname) {
      if (pathname !== TEST_RESET_PATH) return gate.route(req, res, pathname);
      handle(req, res).catch((error: unknown) => answer(res, 500, { ok: false, reason: (error as Error).message }));
      return true;
    },
  };
}
