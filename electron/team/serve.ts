import fs from 'node:fs';
import path from 'node:path';
import { roleSchema } from '../../shared/contract/roles.ts';
import { systemClock } from '../services/clock.ts';
import {
  DATA_KEY_VARIABLE,
  environmentEncryption,
  noEncryption,
} from '../services/storage/encryption/encryption-setup.ts';
import { checkSchemaName } from '../services/storage/postgres/pg-port.ts';
import { connectSync } from '../services/storage/postgres/pg-sync.ts';
import { ensureSchema } from '../services/storage/postgres/pg-schema.ts';
import { defaultDataDir } from '../web/data-dir.ts';
import { accountStore } from './accounts.ts';
import { startTeamHost } from './team-host.ts';

/**
 * `npm run serve`: the team server. Its settings come from the environment (see
 * docs/team-server.md); `npm run serve -- account add NAME ROLE` (password on standard input or in
 * SECRETARIAAT_PASSWORD), `account list` and `account remove NAME` manage who may sign in.
 */
const env = process.env;
const connectionString = env.SECRETARIAAT_DATABASE_URL;
const schema = checkSchemaName(env.SECRETARIAAT_SCHEMA ?? 'secretariaat');

async function readPassword(): Promise<string> {
  if (env.SECRETARIAAT_PASSWORD) return env.SECRETARIAAT_PASSWORD;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function manageAccounts(args: string[]): Promise<void> {
  const pg = connectSync(connectionString!);
  try {
    ensureSchema(pg, schema);
    const accounts = accountStore(pg, schema, () => new Date());
    const [command, name, role] = args;
    if (command === 'add' && name && role) {
      await accounts.add(name, roleSchema.parse(role), await readPassword());
      console.log(`Account ${name} (${role}) saved.`);
    } else if (command === 'remove' && name) {
      console.log(accounts.remove(name) ? `Account ${name} removed.` : `There is no account ${name}.`);
    } else if (command === 'list') {
      for (const account of accounts.list()) console.log(`${account.name}\t${account.role}`);
    } else {
      throw new Error('Use: account add NAME lead|viewer|admin | account remove NAME | account list');
    }
  } finally {
    pg.close();
  }
}

async function serve(): Promise<void> {
  const certFile = env.SECRETARIAAT_TLS_CERT;
  const keyFile = env.SECRETARIAAT_TLS_KEY;
  const tls = certFile && keyFile ? { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) } : undefined;
  if (!tls && env.SECRETARIAAT_LISTEN && env.SECRETARIAAT_LISTEN !== '127.0.0.1') {
    console.warn('Without SECRETARIAAT_TLS_CERT and SECRETARIAAT_TLS_KEY the server listens on 127.0.0.1 only.');
  }
  const dataKey = env[DATA_KEY_VARIABLE];
  const team = await startTeamHost({
    connectionString: connectionString!,
    schema,
    dataDir: env.SECRETARIAAT_DATA_DIR ?? path.join(defaultDataDir(), 'team-server'),
    staticDir: path.resolve(import.meta.dirname, '../../out/renderer'),
    clock: systemClock(),
    encryption: dataKey ? environmentEncryption(dataKey) : noEncryption('team server', false),
    port: Number(env.SECRETARIAAT_PORT ?? 8080),
    listenHost: env.SECRETARIAAT_LISTEN,
    tls,
    publicHosts: (env.SECRETARIAAT_PUBLIC_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    firstStart: env.SECRETARIAAT_FIRST_START === 'demo' ? 'demo' : 'empty',
    demoPeople: env.SECRETARIAAT_DEMO_PEOPLE ? Number(env.SECRETARIAAT_DEMO_PEOPLE) : undefined,
  });
  console.log(JSON.stringify({ event: 'started', url: team.host.url, schema, at: new Date().toISOString() }));
  const stop = () => void team.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  if (!connectionString)
    throw new Error(
      'Set SECRETARIAAT_DATABASE_URL to the PostgreSQL database (postgresql://user:password@host:5432/database).',
    );
  const [first, ...rest] = process.argv.slice(2);
  if (first === 'account') await manageAccounts(rest);
  else await serve();
} catch (error) {
  console.error(`Secretariaat server could not start: ${(error as Error).message}`);
  process.exit(1);
}
