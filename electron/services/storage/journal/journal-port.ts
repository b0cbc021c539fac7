import { z } from 'zod';
import type { HistoryFilter } from '../../../../shared/contract/history.ts';
import { changeSummarySchema } from '../../../../shared/journal/summary.ts';
import { workspacePatchSchema } from '../../../../shared/journal/patch.ts';

/**
 * What a journal row holds behind the codec; `patches` is null once a GDPR erasure scrubbed the
 * row. `author` names who made the change in a team workspace (absent on one computer).
 */
export const rowPayloadSchema = z.object({
  summary: changeSummarySchema,
  patches: z.array(workspacePatchSchema).nullable(),
  author: z.string().optional(),
});
export type RowPayload = z.infer<typeof rowPayloadSchema>;

export type JournalRow = {
  revision: number;
  at: string;
  op: string;
  kind: 'change' | 'undo' | 'redo' | 'system';
  target: number | null;
  state: 'done' | 'undone' | 'fixed';
  /** ` people:p1 requests:r2 `: the records the row concerns, searchable without decoding the payload. */
  refs: string;
  payload: string | null;
};

export type SnapshotRow = { revision: number; payload: string };

/**
 * Where the journal lives: a SQLite file on one computer, or PostgreSQL for a team. Synchronous
 * on purpose: a change (catch up, run, validate, append) is one uninterrupted step in the process,
 * so no lock is needed around it inside the process; between processes `begin` takes the
 * database's write lock. Both implementations pass `journal-port.contract.ts`.
 */
export type JournalPort = {
  readonly engine: 'sqlite' | 'postgresql';
  /** Takes the write lock: no other process appends until commit or rollback. */
  begin(): void;
  commit(): void;
  rollback(): void;
  /**
   * Moves whenever another process committed. Read inside a transaction, after our own writes,
   * so that no other commit can slip between this read and ours.
   */
  changeMark(): number;
  rowsAfter(revision: number): JournalRow[];
  insert(row: Omit<JournalRow, 'revision'>): number;
  setState(revision: number, state: JournalRow['state']): void;
  /** A change that cannot be undone makes everything before it permanent. */
  fixAll(): void;
  /** Rows that Undo (`done`, newest first) or Redo (`undone`, oldest first) would take next. */
  rowsInState(state: 'done' | 'undone', limit: number): JournalRow[];
  latestSnapshot(): SnapshotRow | undefined;
  /** Keeps the one before as a fallback; older ones only cost room. */
  writeSnapshot(revision: number, at: string, payload: string): void;
  /** Newest first, one page at a time, filtered on `refs`. */
  historyRows(filter: HistoryFilter): JournalRow[];
  rowsWithPayload(): Pick<JournalRow, 'revision' | 'refs' | 'payload'>[];
  rewriteRow(revision: number, payload: string, refs: string): void;
  dropOlderSnapshots(): void;
  /** The journal's own facts: format, schema version, codec. */
  setMeta(key: string, value: string): void;
  /** Gives freed space back so rewritten text is in no file any more. */
  compact(): void;
  close(): void;
};

/** A write that found no room (SQLite's SQLITE_FULL, PostgreSQL's 53100 disk_full), or no file to write to. */
export function isDiskFull(error: unknown): boolean {
  const message = String((error as Error)?.message ?? error);
  return (
    (error as { code?: unknown })?.code === '53100' ||
    /database or disk is full|SQLITE_FULL|ENOSPC|could not extend file/i.test(message)
  );
}
