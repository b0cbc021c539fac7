import type { DatabaseSync } from 'node:sqlite';
import { applyPatches } from '../../../../shared/journal/apply.ts';
import type { Workspace } from '../../../../shared/schemas/index.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import { rowPayloadSchema, type JournalRow, type RowPayload } from './journal-db.ts';

export type JournalState = { revision: number; workspace: Workspace };

export class DamagedJournalError extends Error {
  override name = 'DamagedJournalError';
}

export function decodePayload(codec: FileCodec, text: string): RowPayload {
  const parsed = rowPayloadSchema.safeParse(JSON.parse(codec.decode(text)));
  if (!parsed.success) throw new DamagedJournalError(`a journal row does not match its format (${parsed.error.issues[0]?.message ?? ''})`);
  return parsed.data;
}

/**
 * The newest snapshot. Our own snapshots are trusted without a schema check (a whole-document
 * parse takes most of a second at 500 people); encryption authenticates them, and every change
 * in them was validated when it was made.
 */
export function readLatestSnapshot(db: DatabaseSync, codec: FileCodec): JournalState {
  const row = db.prepare('SELECT revision, payload FROM snapshots ORDER BY revision DESC LIMIT 1').get() as { revision: number; payload: string } | undefined;
  if (!row) throw new DamagedJournalError('the journal has no snapshot');
  let workspace: Workspace;
  try {
    workspace = JSON.parse(codec.decode(row.payload)) as Workspace;
  } catch (error) {
    if (error instanceof SyntaxError) throw new DamagedJournalError('the snapshot is not valid JSON (truncated or damaged)');
    throw error;
  }
  if (!workspace || typeof workspace !== 'object' || !Array.isArray(workspace.people)) throw new DamagedJournalError('the snapshot holds no workspace');
  return { revision: row.revision, workspace };
}

export function rowsAfter(db: DatabaseSync, revision: number): JournalRow[] {
  return db.prepare('SELECT * FROM journal WHERE revision > ? ORDER BY revision').all(revision) as JournalRow[];
}

/** Applies journal rows in order; null when one was scrubbed by an erasure and the snapshot must be read instead. */
export function replay(state: JournalState, rows: readonly JournalRow[], codec: FileCodec, onRow?: (row: JournalRow, payload: RowPayload) => void): JournalState | null {
  let { revision, workspace } = state;
  for (const row of rows) {
    if (row.payload === null) return null;
    const payload = decodePayload(codec, row.payload);
    if (payload.patches === null) return null;
    workspace = applyPatches(workspace, payload.patches);
    revision = row.revision;
    onRow?.(row, payload);
  }
  return { revision, workspace };
}

/** The workspace at the newest revision: the latest snapshot plus every row written after it. */
export function loadState(db: DatabaseSync, codec: FileCodec): JournalState {
  const snapshot = readLatestSnapshot(db, codec);
  const state = replay(snapshot, rowsAfter(db, snapshot.revision), codec);
  if (!state) throw new DamagedJournalError('a journal row after the latest snapshot was scrubbed');
  return state;
}

export function writeSnapshot(db: DatabaseSync, codec: FileCodec, state: JournalState, at: string): void {
  db.prepare('INSERT OR REPLACE INTO snapshots (revision, at, payload) VALUES (?, ?, ?)').run(state.revision, at, codec.encode(JSON.stringify(state.workspace)));
  // The one before stays as a fallback; older ones only cost room.
  db.prepare('DELETE FROM snapshots WHERE revision < (SELECT revision FROM snapshots ORDER BY revision DESC LIMIT 1 OFFSET 1)').run();
}
