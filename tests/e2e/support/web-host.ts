import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOKEN_HEADER } from '../../../electron/web/request-guard.ts';
import { TEST_MODE_VARIABLE, TEST_RESET_PATH } from '../../../electron/web/test-mode-names.ts';

export const E2E_TODAY = '2026-11-23';

/** One real `npm run web` host (without the build step) on its own temporary data folder. */
export class WebHostProcess {
  /** The folder the host works on; a test-mode reset moves it to a fresh one. */
  dataDir: string;
  private child: ChildProcess | null = null;
  url = '';
  origin = '';

  private readonly env: Record<string, string>;
  private readonly script: string;

  /**
   * `env` is merged into the host's environment, e.g. SECRETARIAAT_DEMO_PEOPLE for a bigger demo;
   * `script` replaces the host's entry point (see weak-keystore-host.ts).
   */
  constructor(dataDir?: string, env: Record<string, string> = {}, script = 'electron/web/start.ts') {
    this.dataDir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-e2e-'));
    this.env = env;
    this.script = script;
  }

  async start(): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', this.script], {
      env: {
        ...process.env,
        SECRETARIAAT_DATA_DIR: this.dataDir,
        SECRETARIAAT_TODAY: E2E_TODAY,
        SECRETARIAAT_PORT: '0',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    this.url = await new Promise<string>((resolve, reject) => {
      // Generous: on a busy 2-core machine a start took 49 s; the test's own timeout still bounds it.
      const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 90_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`web host exited (${code}):\n${output}`)));
    });
    this.origin = new URL(this.url).origin;
    return this.url;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = null;
  }

  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Only a host started with SECRETARIAAT_TEST_MODE=1 answers this (electron/web/test-mode.ts). */
  async reset(demoPeople: number): Promise<void> {
    const { origin, searchParams } = new URL(this.url);
    const response = await fetch(`${origin}${TEST_RESET_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: searchParams.get('token') ?? '' },
      body: JSON.stringify({ demoPeople }),
    });
    const answer = (await response.json()) as { ok: boolean; dataDir?: string; reason?: string };
    if (!answer.ok || !answer.dataDir) throw new Error(`reset refused (${response.status}): ${answer.reason}`);
    this.dataDir = answer.dataDir;
  }
}

/** A worker's one host in test mode, reset to a fresh workspace for each test. */
export class SharedHost {
  private host: WebHostProcess | null = null;

  async start(): Promise<WebHostProcess> {
    const host = new WebHostProcess(undefined, { [TEST_MODE_VARIABLE]: '1' });
    this.host = host;
    await host.start();
    return host;
  }

  async fresh(demoPeople: number): Promise<WebHostProcess> {
    // A test that stopped the shared host (or killed it) leaves it gone: start again.
    const host = this.host?.running ? this.host : await this.start();
    await host.reset(demoPeople);
    return host;
  }

  async stop(): Promise<void> {
    await this.host?.stop();
    if (this.host) fs.rmSync(this.host.dataDir, { recursive: true, force: true });
  }
}
