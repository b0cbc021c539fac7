import type { Clock } from '../services/handlers/index.ts';
import { createAppServices, type AppServices } from '../services/app-services.ts';
import { confBackend } from '../services/storage/conf-backend.ts';
import type { EncryptionSetup } from '../services/storage/encryption/encryption-setup.ts';
import { openTeamStore, type TeamStore } from '../services/storage/postgres/open-team-store.ts';
import { emptyWorkspace } from '../../shared/demo/index.ts';
import type { Workspace } from '../../shared/schemas/index.ts';
import { startWebHost, type WebHost } from '../web/server.ts';
import { accountStore, type AccountStore } from './accounts.ts';
import { liveEvents } from './live-events.ts';
import { loginThrottle } from './login-throttle.ts';
import { teamGate } from './team-gate.ts';

export type TeamHostOptions = {
  connectionString: string;
  schema: string;
  /** The server's own backups of the workspace (before a restore or an import) and its preferences. */
  dataDir: string;
  staticDir: string;
  clock: Clock;
  encryption: EncryptionSetup;
  port?: number;
  listenHost?: string;
  tls?: { cert: Buffer; key: Buffer };
  publicHosts?: readonly string[];
  /** A new team workspace starts empty (then an import brings a desktop workspace in); tests and demos start with the demo team, benchmarks with their own. */
  firstStart?: 'empty' | 'demo' | (() => Workspace);
  demoPeople?: number;
};

export type TeamHost = { host: WebHost; services: AppServices; accounts: AccountStore; close: () => Promise<void> };

/** The web host in server mode: the journal in PostgreSQL, accounts and roles, live updates. */
export async function startTeamHost(options: TeamHostOptions): Promise<TeamHost> {
  let team: TeamStore | null = null;
  const services = createAppServices({
    dataDir: options.dataDir,
    backend: confBackend,
    clock: options.clock,
    demoPeople: options.demoPeople,
    firstStart:
      options.firstStart === 'demo'
        ? undefined
        : typeof options.firstStart === 'function'
          ? options.firstStart
          : emptyWorkspace,
    encryption: options.encryption,
    openStore: (firstStart) => {
      team = openTeamStore({
        connectionString: options.connectionString,
        schema: options.schema,
        dir: options.dataDir,
        codec: options.encryption.codec,
        now: options.clock.now,
        backend: confBackend,
        firstStart,
      });
      return team.store;
    },
  });
  const opened = team as TeamStore | null;
  if (!opened) throw new Error('the team store was not opened');
  const accounts = accountStore(opened.pg, opened.schema, options.clock.now);
  const live = liveEvents(services.context.store);
  const gate = teamGate({
    accounts,
    throttle: loginThrottle(),
    live,
    secure: options.tls !== undefined,
    health: () => ({ revision: services.context.store.revision(), clients: live.count() }),
  });
  const host = await startWebHost({
    services,
    staticDir: options.staticDir,
    gate,
    port: options.port,
    listenHost: options.listenHost,
    tls: options.tls,
    publicHosts: options.publicHosts,
  });
  return {
    host,
    services,
    accounts,
    async close() {
      live.close();
      await host.close();
      services.context.store.close();
    },
  };
}
