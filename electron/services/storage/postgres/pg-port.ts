import type { JournalPort, JournalRow, SnapshotRow } from '../journal/journal-port.ts';
import type { SyncPg } from './pg-sync.ts';

/** A schema name we put into SQL ourselves, so it must be a plain identifier. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Not a usable PostgreSQL schema name: ${schema}`);
  return schema;
}

/**
 * The journal in PostgreSQL, in its own schema: the same rows as the SQLite file. Writers across
 * server processes queue on one advisory lock per schema, taken at `begin`; in READ COMMITTED every
 * statement after it sees all that was committed before.
 */
export function pgPort(pg: SyncPg, schemaName: string): JournalPort {
  const s = checkSchemaName(schemaName);
  let inTransaction = false;
  const all = <R>(sql: string, params: unknown[] = []) => pg.query<R>(sql, params);

  return {
    engine: 'postgresql',
    begin() {
      pg.query('BEGIN');
      inTransaction = true;
      try {
        pg.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`secretariaat:${s}`]);
      } catch (error) {
        this.rollback();
        throw error;
      }
    },
    commit() {
      pg.query('COMMIT');
      inTransaction = false;
    },
    rollback() {
      if (!inTransaction) return;
      inTransaction = false;
      pg.query('ROLLBACK');
    },
    changeMark: () => all<{ mark: number }>(`SELECT COALESCE(MAX(revision), 0) AS mark FROM ${s}.journal`)[0]!.mark,
    rowsAfter: (revision) =>
      all<JournalRow>(`SELECT * FROM ${s}.journal WHERE revision > $1 ORDER BY revision`, [revision]),
    insert: (row) =>
      all<{ revision: number }>(
        `INSERT INTO ${s}.journal (at, op, kind, target, state, refs, payload) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING revision`,
        [row.at, row.op, row.kind, row.target, row.state, row.refs, row.payload],
      )[0]!.revision,
    setState: (revision, state) =>
      void all(`UPDATE ${s}.journal SET state = $1 WHERE revision = $2`, [state, revision]),
    fixAll: () => void all(`UPDATE ${s}.journal SET state = 'fixed' WHERE state != 'fixed'`),
    rowsInState: (state, limit) =>
      all<JournalRow>(
        `SELECT * FROM ${s}.journal WHERE state = $1 ORDER BY revision ${state === 'done' ? 'DESC' : 'ASC'} LIMIT $2`,
        [state, limit],
      ),
    latestSnapshot: () =>
      all<SnapshotRow>(`SELECT revision, payload FROM ${s}.snapshots ORDER BY revision DESC LIMIT 1`)[0],
    writeSnapshot(revision, at, payload) {
      all(
        `INSERT INTO ${s}.snapshots (revision, at, payload) VALUES ($1, $2, $3) ON CONFLICT (revision) DO UPDATE SET at = EXCLUDED.at, payload = EXCLUDED.payload`,
        [revision, at, payload],
      );
      all(
        `DELETE FROM ${s}.snapshots WHERE revision < (SELECT revision FROM ${s}.snapshots ORDER BY revision DESC LIMIT 1 OFFSET 1)`,
      );
    },
    historyRows(filter) {
      const where: string[] = [];
      const params: unknown[] = [];
      for (const [collection, id] of [
        ['people', filter.personId],
        ['requests', filter.requestId],
      ] as const) {
        if (!id) continue;
        params.push(`% ${collection}:${id} %`);
        where.push(`refs LIKE $${params.length}`);
      }
      if (filter.before !== undefined) {
        params.push(filter.before);
        where.push(`revision < $${params.length}`);
      }
      params.push(filter.limit);
      return all<JournalRow>(
        `SELECT * FROM ${s}.journal ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY revision DESC LIMIT $${params.length}`,
        params,
      );
    },
    rowsWithPayload: () =>
      all<Pick<JournalRow, 'revision' | 'refs' | 'payload'>>(
        `SELECT revision, refs, payload FROM ${s}.journal WHERE payload IS NOT NULL`,
      ),
    rewriteRow: (revision, payload, refs) =>
      void all(`UPDATE ${s}.journal SET payload = $1, refs = $2 WHERE revision = $3`, [payload, refs, revision]),
    dropOlderSnapshots: () =>
      void all(`DELETE FROM ${s}.snapshots WHERE revision < (SELECT MAX(revision) FROM ${s}.snapshots)`),
    setMeta: (key, value) =>
      void all(
        `INSERT INTO ${s}.meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [key, value],
      ),
    // VACUUM FULL rewrites the tables, so scrubbed text is not left in dead tuples; the server's own
    // WAL and backups are the operator's to rotate (see docs/team-server.md).
    compact: () => void all(`VACUUM FULL ${s}.journal, ${s}.snapshots`),
    close: () => pg.close(),
  };
}
