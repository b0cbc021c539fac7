import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const E2E_TODAY = '2026-11-23';

/** One real `npm run web` host (without the build step) on its own temporary data folder. */
export class WebHostProcess {
  readonly dataDir: string;
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
      env: { ...process.env, SECRETARIAAT_DATA_DIR: this.dataDir, SECRETARIAAT_TODAY: E2E_TODAY, SECRETARIAAT_PORT: '0', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
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
}
