import type { HistoryEntry, HistoryFilter, HistoryStatus } from '../../../../shared/contract/history.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import type { JournalPort, JournalRow } from './journal-port.ts';
import { decodePayload } from './journal-state.ts';

function entryOf(row: JournalRow, codec: FileCodec): HistoryEntry {
  let summary = null;
  let author: string | null = null;
  try {
    if (row.payload !== null) {
      const payload = decodePayload(codec, row.payload);
      summary = payload.summary;
      author = payload.author ?? null;
    }
  } catch {
    // One unreadable line must not hide the rest of the history.
  }
  return {
    revision: row.revision,
    at: row.at,
    op: row.op,
    kind: row.kind,
    state: row.state,
    target: row.target,
    summary,
    author,
  };
}

/** Newest first, one page at a time; the filter uses the plain `refs` column, so only the shown rows are decrypted. */
export function historyEntries(port: JournalPort, codec: FileCodec, filter: HistoryFilter): HistoryEntry[] {
  return port.historyRows(filter).map((row) => entryOf(row, codec));
}

export function historyStatus(
  targets: { undo: JournalRow | undefined; redo: JournalRow | undefined },
  codec: FileCodec,
): HistoryStatus {
  const { undo, redo } = targets;
  return { undo: undo ? entryOf(undo, codec) : null, redo: redo ? entryOf(redo, codec) : null };
}
