import type { DatabaseSync } from 'node:sqlite';
import { scrubName } from '../../../../shared/privacy/person-data.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import { setMeta } from './journal-db.ts';
import type { JournalPort, JournalRow } from './journal-port.ts';
import { decodePayload } from './journal-state.ts';
import { sqlitePort } from './sqlite-port.ts';

/** Switching encryption on: every row and snapshot written in plain text is encrypted where it lies. */
export function encryptPlainJournal(db: DatabaseSync, from: FileCodec, to: FileCodec, codecName: string): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const rows = db.prepare('SELECT revision, payload FROM journal WHERE payload IS NOT NULL').all() as Pick<
      JournalRow,
      'revision' | 'payload'
    >[];
    const putRow = db.prepare('UPDATE journal SET payload = ? WHERE revision = ?');
    for (const row of rows) putRow.run(to.encode(from.decode(row.payload!)), row.revision);
    const snapshots = db.prepare('SELECT revision, payload FROM snapshots').all() as {
      revision: number;
      payload: string;
    }[];
    const putSnapshot = db.prepare('UPDATE snapshots SET payload = ? WHERE revision = ?');
    for (const s of snapshots) putSnapshot.run(to.encode(from.decode(s.payload)), s.revision);
    setMeta(db, 'codec', codecName);
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
  sqlitePort(db).compact();
}

/**
 * GDPR erasure reaches the history too: every row that mentions the person keeps its time and
 * kind, its summary without their name, and loses its patches (which held their records). Older
 * snapshots go; the caller has just written one without them. Nothing before this point can be
 * undone any more.
 */
export function scrubPerson(port: JournalPort, codec: FileCodec, person: { id: string; name: string }): number {
  const quotedName = JSON.stringify(person.name).slice(1, -1);
  const mentions = (text: string) =>
    text.includes(`"${person.id}"`) || (quotedName.trim() !== '' && text.includes(quotedName));
  let scrubbed = 0;
  port.begin();
  try {
    for (const row of port.rowsWithPayload()) {
      const text = codec.decode(row.payload!);
      if (!mentions(text)) continue;
      const { summary, author } = decodePayload(codec, row.payload!);
      const payload = {
        summary: scrubName(summary, person.name),
        patches: null,
        ...(author === undefined ? {} : { author }),
      };
      port.rewriteRow(
        row.revision,
        codec.encode(JSON.stringify(payload)),
        row.refs.replace(` people:${person.id} `, ' '),
      );
      scrubbed += 1;
    }
    port.dropOlderSnapshots();
    port.fixAll();
    port.commit();
  } catch (error) {
    port.rollback();
    throw error;
  }
  port.compact();
  return scrubbed;
}
