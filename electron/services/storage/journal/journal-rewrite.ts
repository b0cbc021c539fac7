import type { DatabaseSync } from 'node:sqlite';
import { scrubName } from '../../../../shared/privacy/person-data.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import { setMeta, type JournalRow } from './journal-db.ts';
import { decodePayload } from './journal-state.ts';

/**
 * Gives freed pages back to the disk, zeroed (secure_delete), and empties the write-ahead log, so
 * text that was just rewritten is in no file of the folder any more.
 */
export function compact(db: DatabaseSync): void {
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
}

/** Switching encryption on: every row and snapshot written in plain text is encrypted where it lies. */
export function encryptPlainJournal(db: DatabaseSync, from: FileCodec, to: FileCodec, codecName: string): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const rows = db.prepare('SELECT revision, payload FROM journal WHERE payload IS NOT NULL').all() as Pick<JournalRow, 'revision' | 'payload'>[];
    const putRow = db.prepare('UPDATE journal SET payload = ? WHERE revision = ?');
    for (const row of rows) putRow.run(to.encode(from.decode(row.payload!)), row.revision);
    const snapshots = db.prepare('SELECT revision, payload FROM snapshots').all() as { revision: number; payload: string }[];
    const putSnapshot = db.prepare('UPDATE snapshots SET payload = ? WHERE revision = ?');
    for (const s of snapshots) putSnapshot.run(to.encode(from.decode(s.payload)), s.revision);
    setMeta(db, 'codec', codecName);
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
  compact(db);
}

/**
 * GDPR erasure reaches the history too: every row that mentions the person keeps its time and
 * kind, its summary without their name, and loses its patches (which held their records). Older
 * snapshots go; the caller has just written one without them. Nothing before this point can be
 * undone any more.
 */
export function scrubPerson(db: DatabaseSync, codec: FileCodec, person: { id: string; name: string }): number {
  const quotedName = JSON.stringify(person.name).slice(1, -1);
  const mentions = (text: string) => text.includes(`"${person.id}"`) || (quotedName.trim() !== '' && text.includes(quotedName));
  let scrubbed = 0;
  db.exec('BEGIN IMMEDIATE');
  try {
    const rows = db.prepare('SELECT revision, refs, payload FROM journal WHERE payload IS NOT NULL').all() as Pick<JournalRow, 'revision' | 'refs' | 'payload'>[];
    const put = db.prepare('UPDATE journal SET payload = ?, refs = ? WHERE revision = ?');
    for (const row of rows) {
      const text = codec.decode(row.payload!);
      if (!mentions(text)) continue;
      const summary = scrubName(decodePayload(codec, row.payload!).summary, person.name);
      put.run(codec.encode(JSON.stringify({ summary, patches: null })), row.refs.replace(` people:${person.id} `, ' '), row.revision);
      scrubbed += 1;
    }
    db.exec('DELETE FROM snapshots WHERE revision < (SELECT MAX(revision) FROM snapshots)');
    db.exec("UPDATE journal SET state = 'fixed' WHERE state != 'fixed'");
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
  compact(db);
  return scrubbed;
}
