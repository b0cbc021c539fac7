import { produce } from 'immer';
import { applyPatches, invertPatches } from '../../../../shared/journal/apply.ts';
import { diffWorkspace } from '../../../../shared/journal/diff.ts';
import type { WorkspacePatch } from '../../../../shared/journal/patch.ts';
import { referencesOf, summarize, type ChangeSummary } from '../../../../shared/journal/summary.ts';
import { validatePatches } from '../../../../shared/journal/validate.ts';
import { DomainError } from '../../../../shared/contract/errors.ts';
import type { Workspace } from '../../../../shared/schemas/index.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import { isDiskFull, type JournalPort, type JournalRow, type RowPayload } from './journal-port.ts';
import { decodePayload, loadState, replay, writeSnapshot, type JournalState } from './journal-state.ts';
import { NO_CALLER, refuseCollision, type Caller } from './collisions.ts';

type Transaction<T> = { value: T; state?: JournalState; patches?: WorkspacePatch[] };

/** Enough recent changes to answer a renderer that is a few clicks behind with patches, not the whole workspace. */
const RECENT_KEPT = 256;
/** A snapshot after this many rows (or this much patch text) keeps opening the file fast after years of changes. */
const SNAPSHOT_ROWS = 500;
const SNAPSHOT_BYTES = 8_000_000;

export type Journal = ReturnType<typeof createJournal>;

/**
 * The workspace as an append-only journal (a SQLite file, or PostgreSQL for a team). Every change
 * is one write transaction that first catches up with rows another process appended, so two
 * windows or two colleagues never write over each other; the in-memory state changes only after
 * the commit.
 */
export function createJournal(port: JournalPort, codec: FileCodec, now: () => Date, initial: JournalState) {
  let current = initial;
  let lastSnapshot = port.latestSnapshot()?.revision ?? 0;
  let sinceSnapshot = { rows: current.revision - lastSnapshot, bytes: 0 };
  let snapshotTimer: NodeJS.Timeout | null = null;
  let recent: { revision: number; patches: WorkspacePatch[] }[] = [];
  /** `recent` holds every row after this revision. */
  let recentFrom = current.revision;
  let mark = port.changeMark();

  function remember(revision: number, patches: WorkspacePatch[]): void {
    recent.push({ revision, patches });
    if (recent.length > RECENT_KEPT) {
      recent = recent.slice(-RECENT_KEPT);
      recentFrom = recent[0]!.revision - 1;
    }
  }

  /** Applies what other processes committed since our last look. */
  function catchUp(): void {
    const rows = port.rowsAfter(current.revision);
    if (rows.length === 0) return;
    const caughtUp = replay(current, rows, codec, (row, payload) => remember(row.revision, payload.patches ?? []));
    if (caughtUp) current = caughtUp;
    else {
      // Another process erased a person and scrubbed the rows we missed: start over from its snapshot.
      current = loadState(port, codec);
      recent = [];
      recentFrom = current.revision;
    }
  }

  function transaction<T>(work: () => Transaction<T>): T {
    try {
      port.begin();
    } catch (error) {
      throw storageError(error);
    }
    let done: Transaction<T>;
    try {
      catchUp();
      done = work();
      // Read while we hold the write lock: no one else can commit in between, so the next move
      // of the mark is another process's.
      mark = port.changeMark();
      port.commit();
    } catch (error) {
      port.rollback();
      throw isDatabaseError(error) ? storageError(error) : error;
    }
    if (done.state && done.patches) {
      current = done.state;
      remember(current.revision, done.patches);
      noteRowWritten();
    }
    return done.value;
  }

  function append(
    op: string,
    kind: JournalRow['kind'],
    target: number | null,
    state: JournalRow['state'],
    patches: WorkspacePatch[],
    summary: ChangeSummary,
    author: string | null,
  ): number {
    const refs = ` ${referencesOf(patches).join(' ')} `;
    const payload = codec.encode(JSON.stringify({ summary, patches, ...(author === null ? {} : { author }) }));
    sinceSnapshot.bytes += payload.length;
    return port.insert({ at: now().toISOString(), op, kind, target, state, refs, payload });
  }

  function decodeOrNull(row: JournalRow): RowPayload | null {
    try {
      return row.payload === null ? null : decodePayload(codec, row.payload);
    } catch {
      return null;
    }
  }

  /** In a team workspace each person's Undo and Redo take back their own changes, not a colleague's. */
  function target(state: 'done' | 'undone', author: string | null): JournalRow | undefined {
    const rows = port.rowsInState(state, author === null ? 1 : 200);
    return author === null ? rows[0] : rows.find((row) => (decodeOrNull(row)?.author ?? null) === author);
  }

  function endRedo(author: string | null): void {
    for (const row of port.rowsInState('undone', 10_000)) {
      if (author === null || (decodeOrNull(row)?.author ?? null) === author) port.setState(row.revision, 'fixed');
    }
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
      writeSnapshot(port, codec, current, now().toISOString());
      lastSnapshot = current.revision;
      sinceSnapshot = { rows: 0, bytes: 0 };
    } catch (error) {
      // The journal still holds every change; a snapshot is only a shortcut for the next start.
      console.warn(`[secretariaat] snapshot not written: ${(error as Error).message}`);
    }
  }

  function takeBack(row: JournalRow, kind: 'undo' | 'redo', base: JournalState, caller: Caller): Transaction<boolean> {
    const payload = decodePayload(codec, row.payload ?? '');
    if (!payload.patches) return { value: false };
    const patches = kind === 'undo' ? invertPatches(payload.patches) : payload.patches;
    // Taking back one's own change must not write over what a colleague did to the same record since.
    refuseCollision(
      { author: caller.author, base: row.revision },
      base.revision,
      () => port.rowsAfter(row.revision),
      decodeOrNull,
      patches,
    );
    const workspace = applyPatches(base.workspace, patches);
    port.setState(row.revision, kind === 'undo' ? 'undone' : 'done');
    // The row keeps the operation it takes back, so the history can say what was undone.
    const revision = append(row.op, kind, row.revision, 'fixed', patches, payload.summary, caller.author);
    return { value: true, state: { revision, workspace }, patches };
  }

  return {
    state: () => current,

    /** Cheap enough to call every second: SQLite tells whether anyone else wrote since we last looked. */
    refresh(): boolean {
      const next = port.changeMark();
      if (next === mark) return false;
      mark = next;
      const before = current.revision;
      catchUp();
      return current.revision !== before;
    },

    change<T>(op: string, undoable: boolean, make: (workspace: Workspace) => T, caller: Caller = NO_CALLER): T {
      return transaction(() => {
        const before = current.workspace;
        let value!: T;
        const next = produce(before, (draft) => {
          value = make(draft as Workspace);
        });
        return commitDiff(op, undoable, before, next, value, caller);
      });
    },

    /** A whole new workspace (reset, restore, import, erasure): journaled as the records that differ. */
    replace(
      op: string,
      undoable: boolean,
      make: (workspace: Workspace) => Workspace,
      caller: Caller = NO_CALLER,
    ): void {
      transaction(() =>
        commitDiff(op, undoable, current.workspace, make(current.workspace), undefined, { ...caller, base: null }),
      );
    },

    undo: (caller: Caller = NO_CALLER) =>
      transaction(() => {
        const row = target('done', caller.author);
        return row ? takeBack(row, 'undo', current, caller) : { value: false };
      }),

    redo: (caller: Caller = NO_CALLER) =>
      transaction(() => {
        const row = target('undone', caller.author);
        return row ? takeBack(row, 'redo', current, caller) : { value: false };
      }),

    /** What Undo and Redo would take now, for this caller. */
    targets: (caller: Caller = NO_CALLER) => ({
      undo: target('done', caller.author),
      redo: target('undone', caller.author),
    }),

    /** Takes back every change after `revision`, newest first, in one transaction: all of them or none. */
    undoTo(revision: number, caller: Caller = NO_CALLER): number {
      return transaction(() => {
        let count = 0;
        const all: WorkspacePatch[] = [];
        let state: JournalState | undefined;
        for (
          let row = target('done', caller.author);
          row && row.revision > revision;
          row = target('done', caller.author)
        ) {
          const step = takeBack(row, 'undo', state ?? current, caller);
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
      port.close();
    },
  };

  function commitDiff<T>(
    op: string,
    undoable: boolean,
    before: Workspace,
    next: Workspace,
    value: T,
    caller: Caller,
  ): Transaction<T> {
    const raw = diffWorkspace(before, next);
    if (raw.length === 0) return { value };
    const patches = validatePatches(raw);
    refuseCollision(
      caller,
      current.revision,
      () => port.rowsAfter(caller.base ?? current.revision),
      decodeOrNull,
      patches,
    );
    const workspace = applyPatches(before, patches);
    if (undoable) endRedo(caller.author);
    else port.fixAll();
    const revision = append(
      op,
      undoable ? 'change' : 'system',
      null,
      undoable ? 'done' : 'fixed',
      patches,
      summarize(patches, before, workspace),
      caller.author,
    );
    return { value, state: { revision, workspace }, patches };
  }
}

/**
 * node:sqlite marks its own errors, PostgreSQL errors carry a five-character SQLSTATE; a handler's
 * DomainError or a validation error passes through as it is.
 */
function isDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (
    code === 'ERR_SQLITE_ERROR' ||
    (error as { sqlState?: unknown })?.sqlState !== undefined ||
    (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
  );
}

function storageError(error: unknown): DomainError {
  const message = (error as Error).message ?? String(error);
  return isDiskFull(error)
    ? new DomainError('storage_full', `The change was not saved: the disk is full (${message}). Nothing was changed.`)
    : new DomainError('storage', `The change was not saved: ${message}. Nothing was changed.`);
}
