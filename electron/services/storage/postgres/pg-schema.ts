import type { SyncPg } from './pg-sync.ts';

/**
 * The team workspace's tables, one step per format version. A server opening an older schema runs
 * the missing steps in one transaction; a newer one (written by a newer server) is refused. Steps
 * are appended, never edited once released.
 */
const STEPS: readonly ((s: string) => string)[] = [
  (s) => `
    CREATE TABLE ${s}.meta (key text PRIMARY KEY, value text NOT NULL);
    CREATE TABLE ${s}.journal (
      revision bigserial PRIMARY KEY,
      at text NOT NULL,
      op text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('change', 'undo', 'redo', 'system')),
      target bigint,
      state text NOT NULL CHECK (state IN ('done', 'undone', 'fixed')),
      refs text NOT NULL,
      payload text
    );
    CREATE INDEX journal_state ON ${s}.journal (state, revision);
    CREATE TABLE ${s}.snapshots (revision bigint PRIMARY KEY, at text NOT NULL, payload text NOT NULL);
    CREATE TABLE ${s}.accounts (
      name text PRIMARY KEY,
      role text NOT NULL CHECK (role IN ('lead', 'viewer', 'admin')),
      password_hash text NOT NULL,
      created_at text NOT NULL
    );
    CREATE TABLE ${s}.sessions (
      token_hash text PRIMARY KEY,
      account text NOT NULL REFERENCES ${s}.accounts (name) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL
    );`,
];

export const PG_FORMAT = STEPS.length;

export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
}

/** Creates or upgrades the schema; returns the format it was at before (0: new). */
export function ensureSchema(pg: SyncPg, s: string): number {
  pg.query('BEGIN');
  try {
    pg.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`secretariaat:${s}`]);
    pg.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    const hasMeta = pg.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [`${s}.meta`])[0]!
      .found;
    const format = hasMeta
      ? Number(pg.query<{ value: string }>(`SELECT value FROM ${s}.meta WHERE key = 'format'`)[0]?.value ?? 0)
      : 0;
    if (format > PG_FORMAT)
      throw new NewerSchemaError(
        `The team workspace was written by a newer Secretariaat server (format ${format}); update this server.`,
      );
    for (let step = format; step < PG_FORMAT; step += 1) pg.query(STEPS[step]!(s));
    pg.query(
      `INSERT INTO ${s}.meta (key, value) VALUES ('format', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [String(PG_FORMAT)],
    );
    pg.query('COMMIT');
    return format;
  } catch (error) {
    pg.query('ROLLBACK');
    throw error;
  }
}
