import fs from 'node:fs';
import { CURRENT_SCHEMA_VERSION, type StoredDocument } from '../../../../shared/schemas/index.ts';
import { plainCodec, type FileCodec } from '../encryption/file-cipher.ts';
import { createJournalStore, type BackendFactory, type WorkspaceStore } from '../journal-store.ts';
import { loadState, writeSnapshot } from '../journal/journal-state.ts';
import { upgradeJournal } from '../journal/journal-migrate.ts';
import { StorageError } from '../journal/open-journal.ts';
import { pgPort, checkSchemaName } from './pg-port.ts';
import { ensureSchema } from './pg-schema.ts';
import { connectSync, type SyncPg } from './pg-sync.ts';

export type TeamStoreOptions = {
  /** `postgresql://user:password@host:port/database`; the password never appears in what the user is shown. */
  connectionString: string;
  /** The PostgreSQL schema that holds this workspace (one server can hold several). */
  schema: string;
  /** A local folder for the server's own backups of the workspace and its preferences. */
  dir: string;
  codec?: FileCodec;
  now: () => Date;
  backend: BackendFactory;
  firstStart: () => StoredDocument;
};

export type TeamStore = { store: WorkspaceStore; pg: SyncPg; schema: string };

/** Where the data is, as shown in Settings: the server and schema, without the password. */
export function describeServer(connectionString: string, schema: string): string {
  const url = new URL(connectionString);
  return `postgresql://${url.host}${url.pathname} (schema ${schema})`;
}

/**
 * Opens (or creates) a team workspace in PostgreSQL. The first server to start writes the first
 * snapshot; every later change is a journal row, as in the desktop app's file.
 */
export function openTeamStore(options: TeamStoreOptions): TeamStore {
  const schema = checkSchemaName(options.schema);
  const codec = options.codec ?? plainCodec;
  fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const pg = connectSync(options.connectionString);
  try {
    ensureSchema(pg, schema);
    const port = pgPort(pg, schema);
    port.begin();
    try {
      const version = pg.query<{ value: string }>(`SELECT value FROM ${schema}.meta WHERE key = 'schema_version'`)[0]
        ?.value;
      if (version !== undefined && Number(version) > CURRENT_SCHEMA_VERSION) {
        throw new StorageError(
          `The team workspace was written by a newer version of Secretariaat (schema ${version}). Update this server; nothing was changed.`,
        );
      }
      if (!port.latestSnapshot()) {
        const doc = options.firstStart();
        writeSnapshot(port, codec, { revision: 0, workspace: doc.workspace }, options.now().toISOString());
        pg.query(
          `INSERT INTO ${schema}.meta (key, value) VALUES ('schema_version', $1), ('codec', $2) ON CONFLICT (key) DO NOTHING`,
          [String(doc.schemaVersion), codec.encrypts ? 'aes-256-gcm' : 'plain'],
        );
      }
      port.commit();
    } catch (error) {
      port.rollback();
      throw error;
    }
    let state = loadState(port, codec);
    const version = Number(
      pg.query<{ value: string }>(`SELECT value FROM ${schema}.meta WHERE key = 'schema_version'`)[0]?.value ??
        CURRENT_SCHEMA_VERSION,
    );
    if (version < CURRENT_SCHEMA_VERSION) {
      // The old workspace is kept as a backup document in the server's folder; the database's own
      // history is the operator's pg_dump (docs/team-server.md says to take one before upgrading).
      const upgrade = {
        dir: options.dir,
        codec,
        now: options.now(),
        from: version,
        steps: undefined,
        target: CURRENT_SCHEMA_VERSION,
      };
      state = upgradeJournal(port, state, upgrade, () => undefined);
    }
    const store = createJournalStore({
      dir: options.dir,
      dataFile: describeServer(options.connectionString, schema),
      port,
      state,
      codec,
      now: options.now,
      prefs: options.backend(options.dir),
      recovery: null,
    });
    return { store, pg, schema };
  } catch (error) {
    pg.close();
    throw error;
  }
}
