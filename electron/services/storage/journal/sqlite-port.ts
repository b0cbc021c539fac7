import type { DatabaseSync } from 'node:sqlite';
import type { JournalPort, JournalRow, SnapshotRow } from './journal-port.ts';

/** The journal in one SQLite file (`workspace.db`, see journal-db.ts for its tables). */
export function sqlitePort(db: DatabaseSync): JournalPort {
  const insert = db.prepare(
    'INSERT INTO journal (at, op, kind, target, state, refs, payload) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const setState = db.prepare('UPDATE journal SET state = ? WHERE revision = ?');
  const fixAll = db.prepare("UPDATE journal SET state = 'fixed' WHERE state != 'fixed'");
  const doneRows = db.prepare("SELECT * FROM journal WHERE state = 'done' ORDER BY revision DESC LIMIT ?");
  const undoneRows = db.prepare("SELECT * FROM journal WHERE state = 'undone' ORDER BY revision ASC LIMIT ?");
  const rowsAfter = db.prepare('SELECT * FROM journal WHERE revision > ? ORDER BY revision');
  const dataVersion = db.prepare('PRAGMA data_version');

  return {
    engine: 'sqlite',
    begin: () => db.exec('BEGIN IMMEDIATE'),
    commit: () => db.exec('COMMIT'),
    rollback: () => {
      if (db.isTransaction) db.exec('ROLLBACK');
    },
    // SQLite moves data_version only for other connections' commits, which is what the journal asks.
    changeMark: () => (dataVersion.get() as { data_version: number }).data_version,
    rowsAfter: (revision) => rowsAfter.all(revision) as JournalRow[],
    insert: (row) =>
      Number(insert.run(row.at, row.op, row.kind, row.target, row.state, row.refs, row.payload).lastInsertRowid),
    setState: (revision, state) => void setState.run(state, revision),
    fixAll: () => void fixAll.run(),
    rowsInState: (state, limit) => (state === 'done' ? doneRows : undoneRows).all(limit) as JournalRow[],
    latestSnapshot: () =>
      db.prepare('SELECT revision, payload FROM snapshots ORDER BY revision DESC LIMIT 1').get() as
        SnapshotRow | undefined,
    writeSnapshot(revision, at, payload) {
      db.prepare('INSERT OR REPLACE INTO snapshots (revision, at, payload) VALUES (?, ?, ?)').run(
        revision,
        at,
        payload,
      );
      db.prepare(
        'DELETE FROM snapshots WHERE revision < (SELECT revision FROM snapshots ORDER BY revision DESC LIMIT 1 OFFSET 1)',
      ).run();
    },
    historyRows(filter) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      for (const [collection, id] of [
        ['people', filter.personId],
        ['requests', filter.requestId],
      ] as const) {
        if (!id) continue;
        where.push('refs LIKE ?');
        params.push(`% ${collection}:${id} %`);
      }
      if (filter.before !== undefined) {
        where.push('revision < ?');
        params.push(filter.before);
      }
      const sql = `SELECT * FROM journal ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY revision DESC LIMIT ?`;
      return db.prepare(sql).all(...params, filter.limit) as JournalRow[];
    },
    rowsWithPayload: () =>
      db.prepare('SELECT revision, refs, payload FROM journal WHERE payload IS NOT NULL').all() as Pick<
        JournalRow,
        'revision' | 'refs' | 'payload'
      >[],
    rewriteRow: (revision, payload, refs) =>
      void db.prepare('UPDATE journal SET payload = ?, refs = ? WHERE revision = ?').run(payload, refs, revision),
    dropOlderSnapshots: () =>
      void db.exec('DELETE FROM snapshots WHERE revision < (SELECT MAX(revision) FROM snapshots)'),
    setMeta: (key, value) => void db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value),
    compact() {
      // Zeroed (secure_delete) pages go back to the disk, and the write-ahead log is emptied.
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    },
    close: () => db.close(),
  };
}
