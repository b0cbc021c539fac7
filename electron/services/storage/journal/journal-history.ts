import type { DatabaseSync } from 'node:sqlite';
import type { HistoryEntry, HistoryFilter, HistoryStatus } from '../../../../shared/contract/history.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import type { JournalRow } from './journal-db.ts';
import { decodePayload } from './journal-state.ts';

function entryOf(row: JournalRow, codec: FileCodec): HistoryEntry {
  let summary = null;
  try {
    summary = row.payload === null ? null : decodePayload(codec, row.payload).summary;
  } catch {
    // One unreadable line must not hide the rest of the history.
  }
  return { revision: row.revision, at: row.at, op: row.op, kind: row.kind, state: row.state, target: row.target, summary };
}

/** Newest first, one page at a time; the filter uses the plain `refs` column, so only the shown rows are decrypted. */
export function historyEntries(db: DatabaseSync, codec: FileCodec, filter: HistoryFilter): HistoryEntry[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.personId) {
    where.push('refs LIKE ?');
    params.push(`% people:${filter.personId} %`);
  }
  if (filter.requestId) {
    where.push('refs LIKE ?');
    params.push(`% requests:${filter.requestId} %`);
  }
  if (filter.before !== undefined) {
    where.push('revision < ?');
    params.push(filter.before);
  }
  const sql = `SELECT * FROM journal ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY revision DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...params, filter.limit) as JournalRow[];
  return rows.map((row) => entryOf(row, codec));
}

export function historyStatus(db: DatabaseSync, codec: FileCodec): HistoryStatus {
  const undo = db.prepare("SELECT * FROM journal WHERE state = 'done' ORDER BY revision DESC LIMIT 1").get() as JournalRow | undefined;
  const redo = db.prepare("SELECT * FROM journal WHERE state = 'undone' ORDER BY revision ASC LIMIT 1").get() as JournalRow | undefined;
  return { undo: undo ? entryOf(undo, codec) : null, redo: redo ? entryOf(redo, codec) : null };
}
