import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../shared/contract/roles.ts';
import { accountStore } from '../../electron/team/accounts.ts';
import { connectSync } from '../../electron/services/storage/postgres/pg-sync.ts';
import { ensureSchema } from '../../electron/services/storage/postgres/pg-schema.ts';

/** One real `npm run serve` process (without the build step) on a PostgreSQL database. */
export class TeamServerProcess {
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-team-'));
  url = '';
  private child: ChildProcess | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly schema: string,
    private readonly env: Record<string, string> = {},
  ) {}

  async addAccounts(accounts: readonly [string, Role, string][]): Promise<void> {
    const pg = connectSync(this.databaseUrl);
    try {
      ensureSchema(pg, this.schema);
      const store = accountStore(pg, this.schema, () => new Date());
      for (const [name, role, password] of accounts) await store.add(name, role, password);
    } finally {
      pg.close();
    }
  }

  async start(): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/team/serve.ts'], {
      env: {
        ...process.env,
        SECRETARIAAT_DATABASE_URL: this.databaseUrl,
        SECRETARIAAT_SCHEMA: this.schema,
        SECRETARIAAT_DATA_DIR: this.dataDir,
        SECRETARIAAT_TODAY: '2026-11-23',
        SECRETARIAAT_PORT: '0',
        SECRETARIAAT_FIRST_START: 'demo',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`team server did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"event":"started","url":"(http:\/\/127\.0\.0\.1:\d+\/)"/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`team server exited (${code}):\n${output}`)));
    });
    return this.url;
  }

  /** kill -9: no chance to finish anything. */
  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  stop(): Promise<void> {
    return this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}
