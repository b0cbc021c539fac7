import { applyPatches } from '../../../../shared/journal/apply.ts';
import type { Workspace } from '../../../../shared/schemas/index.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import { rowPayloadSchema, type JournalPort, type JournalRow, type RowPayload } from './journal-port.ts';

export type JournalState = { revision: number; workspace: Workspace };

export class DamagedJournalError extends Error {
  override name = 'DamagedJournalError';
}

export function decodePayload(codec: FileCodec, text: string): RowPayload {
  const parsed = rowPayloadSchema.safeParse(JSON.parse(codec.decode(text)));
  if (!parsed.success)
    throw new DamagedJournalError(`a journal row does not match its format (${parsed.error.issues[0]?.message ?? ''})`);
  return parsed.data;
}

/**
 * The newest snapshot. Our own snapshots are trusted without a schema check (a whole-document
 * parse takes most of a second at 500 people); encryption authenticates them, and every change
 * in them was validated when it was made.
 */
export function readLatestSnapshot(port: JournalPort, codec: FileCodec): JournalState {
  const row = port.latestSnapshot();
  if (!row) throw new DamagedJournalError('the journal has no snapshot');
  let workspace: Workspace;
  try {
    workspace = JSON.parse(codec.decode(row.payload)) as Workspace;
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new DamagedJournalError('the snapshot is not valid JSON (truncated or damaged)');
    throw error;
  }
  if (!workspace || typeof workspace !== 'object' || !Array.isArray(workspace.people))
    throw new DamagedJournalError('the snapshot holds no workspace');
  // A snapshot is read without the schema (that would cost a full parse at every open), so fields the
  // schema defaults get their default here when the snapshot was written before they existed.
  workspace.monthNotes ??= {};
  workspace.coverDismissals ??= [];
  workspace.series ??= [];
  return { revision: row.revision, workspace };
}

/** Applies journal rows in order; null when one was scrubbed by an erasure and the snapshot must be read instead. */
export function replay(
  state: JournalState,
  rows: readonly JournalRow[],
  codec: FileCodec,
  onRow?: (row: JournalRow, payload: RowPayload) => void,
): JournalState | null {
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
export function loadState(port: JournalPort, codec: FileCodec): JournalState {
  const snapshot = readLatestSnapshot(port, codec);
  const state = replay(snapshot, port.rowsAfter(snapshot.revision), codec);
  if (!state) throw new DamagedJournalError('a journal row after the latest snapshot was scrubbed');
  return state;
}

export function writeSnapshot(port: JournalPort, codec: FileCodec, state: JournalState, at: string): void {
  port.writeSnapshot(state.revision, at, codec.encode(JSON.stringify(state.workspace)));
}
