import type { DatabaseSync } from 'node:sqlite';
import { produce } from 'immer';
import { applyPatches, invertPatches } from '../../../../shared/journal/apply.ts';
import { diffWorkspace } from '../../../../shared/journal/diff.ts';
import type { WorkspacePatch } from '../../../../shared/journal/patch.ts';
import { referencesOf, summarize, type ChangeSummary } from '../../../../shared/journal/summary.ts';
import { validatePatches } from '../../../../shared/journal/validate.ts';
import { DomainError } from '../../../../shared/contract/errors.ts';
import type { Workspace } from '../../../../shared/schemas/index.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import { isDiskFull, type JournalRow } from './journal-db.ts';
import { decodePayload, loadState, replay, rowsAfter, writeSnapshot, type JournalState } from './journal-state.ts';

type Transaction<T> = { value: T; state?: JournalState; patches?: WorkspacePatch[] };

/** Enough recent changes to answer a renderer that is a few clicks behind with patches, not the whole workspace. */
const RECENT_KEPT = 256;
/** A snapshot after this many rows (or this much patch text) keeps opening the file fast after years of changes. */
const SNAPSHOT_ROWS = 500;
const SNAPSHOT_BYTES = 8_000_000;

export type Journal = ReturnType<typeof createJournal>;

/**
 * The workspace as an append-only journal in one SQLite file. Every change is one write
 * transaction that first catches up with rows another process appended, so two windows on one
 * folder never write over each other; the in-memory state changes only after the commit.
 */
export function createJournal(db: DatabaseSync, codec: FileCodec, now: () => Date, initial: JournalState) {
  let current = initial;
  let lastSnapshot = (db.prepare('SELECT MAX(revision) AS r FROM snapshots').get() as { r: number | null }).r ?? 0;
  let sinceSnapshot = { rows: current.revision - lastSnapshot, bytes: 0 };
  let snapshotTimer: NodeJS.Timeout | null = null;
  let recent: { revision: number; patches: WorkspacePatch[] }[] = [];
  /** `recent` holds every row after this revision. */
  let recentFrom = current.revision;
  let dataVersion = readDataVersion();

  const insert = db.prepare('INSERT INTO journal (at, op, kind, target, state, refs, payload) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const setState = db.prepare('UPDATE journal SET state = ? WHERE revision = ?');
  const endRedo = db.prepare("UPDATE journal SET state = 'fixed' WHERE state = 'undone'");
  const fixAll = db.prepare("UPDATE journal SET state = 'fixed' WHERE state != 'fixed'");
  const undoTarget = db.prepare("SELECT * FROM journal WHERE state = 'done' ORDER BY revision DESC LIMIT 1");
  const redoTarget = db.prepare("SELECT * FROM journal WHERE state = 'undone' ORDER BY revision ASC LIMIT 1");

  function readDataVersion(): number {
    return (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
  }

  function remember(revision: number, patches: WorkspacePatch[]): void {
    recent.push({ revision, patches });
    if (recent.length > RECENT_KEPT) {
      recent = recent.slice(-RECENT_KEPT);
      recentFrom = recent[0]!.revision - 1;
    }
  }

  /** Applies what other processes committed since our last look. */
  function catchUp(): void {
    const rows = rowsAfter(db, current.revision);
    if (rows.length === 0) return;
    const caughtUp = replay(current, rows, codec, (row, payload) => remember(row.revision, payload.patches ?? []));
    if (caughtUp) current = caughtUp;
    else {
      // Another process erased a person and scrubbed the rows we missed: start over from its snapshot.
      current = loadState(db, codec);
      recent = [];
      recentFrom = current.revision;
    }
  }

  function transaction<T>(work: () => Transaction<T>): T {
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      throw storageError(error);
    }
    let done: Transaction<T>;
    try {
      catchUp();
      done = work();
      // Read while we hold the write lock: no one else can commit in between, and our own commit
      // does not move it, so the next change it shows is another process's.
      dataVersion = readDataVersion();
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw isSqliteError(error) ? storageError(error) : error;
    }
    if (done.state && done.patches) {
      current = done.state;
      remember(current.revision, done.patches);
      noteRowWritten();
    }
    return done.value;
  }

  function append(op: string, kind: JournalRow['kind'], target: number | null, state: JournalRow['state'], patches: WorkspacePatch[], summary: ChangeSummary): number {
    const refs = ` ${referencesOf(patches).join(' ')} `;
    const payload = codec.encode(JSON.stringify({ summary, patches }));
    sinceSnapshot.bytes += payload.length;
    return Number(insert.run(now().toISOString(), op, kind, target, state, refs, payload).lastInsertRowid);
  }

  function noteRowWritten(): void {
    sinceSnapshot.rows += 1;
    if ((sinceSnapshot.rows >= SNAPSHOT_ROWS || sinceSnapshot.bytes >= SNAPSHOT_BYTES) && !snapshotTimer) {
      // Not inside the save: writing the whole document is the one cost that grows with the workspace.
      snapshotTimer = setTimeout(() => {
        snapshotTimer = null;
        snapshotNow();
      }, 1000);
      snapshotTimer.unref();
    }
  }

  function snapshotNow(): void {
    if (current.revision === lastSnapshot) return;
    try {
      writeSnapshot(db, codec, current, now().toISOString());
      lastSnapshot = current.revision;
      sinceSnapshot = { rows: 0, bytes: 0 };
    } catch (error) {
      // The journal still holds every change; a snapshot is only a shortcut for the next start.
      console.warn(`[secretariaat] snapshot not written: ${(error as Error).message}`);
    }
  }

  function takeBack(row: JournalRow, kind: 'undo' | 'redo', base: Workspace): Transaction<boolean> {
    const payload = decodePayload(codec, row.payload ?? '');
    if (!payload.patches) return { value: false };
    const patches = kind === 'undo' ? invertPatches(payload.patches) : payload.patches;
    const workspace = applyPatches(base, patches);
    setState.run(kind === 'undo' ? 'undone' : 'done', row.revision);
    // The row keeps the operation it takes back, so the history can say what was undone.
    const revision = append(row.op, kind, row.revision, 'fixed', patches, payload.summary);
    return { value: true, state: { revision, workspace }, patches };
  }

  return {
    state: () => current,

    /** Cheap enough to call every second: SQLite tells whether anyone else wrote since we last looked. */
    refresh(): boolean {
      const version = readDataVersion();
      if (version === dataVersion) return false;
      dataVersion = version;
      const before = current.revision;
      catchUp();
      return current.revision !== before;
    },

    change<T>(op: string, undoable: boolean, make: (workspace: Workspace) => T): T {
      return transaction(() => {
        const before = current.workspace;
        let value!: T;
        const next = produce(before, (draft) => {
          value = make(draft as Workspace);
        });
        return commitDiff(op, undoable, before, next, value);
      });
    },

    /** A whole new workspace (reset, restore, import, erasure): journaled as the records that differ. */
    replace(op: string, undoable: boolean, make: (workspace: Workspace) => Workspace): void {
      transaction(() => commitDiff(op, undoable, current.workspace, make(current.workspace), undefined));
    },

    undo: () =>
      transaction(() => {
        const row = undoTarget.get() as JournalRow | undefined;
        return row ? takeBack(row, 'undo', current.workspace) : { value: false };
      }),

    redo: () =>
      transaction(() => {
        const row = redoTarget.get() as JournalRow | undefined;
        return row ? takeBack(row, 'redo', current.workspace) : { value: false };
      }),

    /** Takes back every change after `revision`, newest first, in one transaction: all of them or none. */
    undoTo(revision: number): number {
      return transaction(() => {
        let count = 0;
        const all: WorkspacePatch[] = [];
        let state: JournalState | undefined;
        for (let row = undoTarget.get() as JournalRow | undefined; row && row.revision > revision; row = undoTarget.get() as JournalRow | undefined) {
          const step = takeBack(row, 'undo', (state ?? current).workspace);
          if (!step.state) break;
          state = step.state;
          all.push(...(step.patches ?? []));
          count += 1;
        }
        return { value: count, state, patches: all };
      });
    },

    /** The patches from `revision` to now, or null when they are no longer all at hand. */
    patchesSince(revision: number): WorkspacePatch[] | null {
      if (revision < recentFrom || revision > current.revision) return null;
      return recent.filter((r) => r.revision > revision).flatMap((r) => r.patches);
    },

    snapshotNow,

    /** After an erasure the recent patches still hold the person: a renderer behind catches up from the whole workspace. */
    forgetRecent(): void {
      recent = [];
      recentFrom = current.revision;
    },

    close(): void {
      if (snapshotTimer) clearTimeout(snapshotTimer);
      snapshotNow();
      db.close();
    },
  };

  function commitDiff<T>(op: string, undoable: boolean, before: Workspace, next: Workspace, value: T): Transaction<T> {
    const raw = diffWorkspace(before, next);
    if (raw.length === 0) return { value };
    const patches = validatePatches(raw);
    const workspace = applyPatches(before, patches);
    if (undoable) endRedo.run();
    else fixAll.run();
    const revision = append(op, undoable ? 'change' : 'system', null, undoable ? 'done' : 'fixed', patches, summarize(patches, before, workspace));
    return { value, state: { revision, workspace }, patches };
  }
}

/** node:sqlite marks its own errors; a handler's DomainError or a validation error passes through as it is. */
function isSqliteError(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'ERR_SQLITE_ERROR';
}

function storageError(error: unknown): DomainError {
  const message = (error as Error).message ?? String(error);
  return isDiskFull(error)
    ? new DomainError('storage_full', `The change was not saved: the disk is full (${message}). Nothing was changed.`)
    : new DomainError('storage', `The change was not saved: ${message}. Nothing was changed.`);
}
