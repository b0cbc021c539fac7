import type { Workspace } from '../../../shared/schemas/index.ts';
import type { EncryptionStatus, Session, Snapshot, Update } from '../../../shared/contract/index.ts';
import type { Contract, OperationName, ParsedInputOf, ResultOf, AnyContract } from '../../../shared/contract/index.ts';
import type { WorkspaceStore } from '../storage/workspace-store.ts';
import type { BackupReason } from '../storage/backups.ts';
import type { Caller } from '../storage/journal/collisions.ts';

/** "Today" is injected so tests and demos run on a fixed date. */
export type Clock = { today: () => string; now: () => Date };

export type HandlerContext = {
  store: WorkspaceStore;
  clock: Clock;
  /** The operation being handled: its name goes into the history with the change it makes. */
  operation: string;
  /** Who asks, and the revision their screen showed: a team workspace journals the author and refuses a collision. */
  caller: Caller;
  /** Who is signed in to a team workspace; null on one computer. */
  session: Session | null;
  demoWorkspace: () => Workspace;
  emptyWorkspace: () => Workspace;
  /** How the data folder is protected, shown in Settings (and as a warning when it is weak). */
  encryption: EncryptionStatus;
  /** Renders an app route (`#/report/2026-10`) to an A4 PDF; only Electron has it, the web host does not. */
  printToPdf?: (route: string) => Promise<Buffer>;
  /** Given by the Electron main process only; the web host cannot open the user's file manager. */
  showItemInFolder?: (file: string) => void;
  /** Given by the Electron main process only: a window on a team server, without this app's bridge. */
  openTeamWindow?: (url: string) => void;
};

export type HandlersFor<C extends AnyContract> = {
  [K in keyof C]: (input: ParsedInputOf<C[K]>, ctx: HandlerContext) => ResultOf<C[K]> | Promise<ResultOf<C[K]>>;
};
export type Handlers = HandlersFor<Contract>;
export type { OperationName };

function stateOf(ctx: HandlerContext) {
  return {
    revision: ctx.store.revision(),
    today: ctx.clock.today(),
    preferences: ctx.store.preferences(),
    storage: { dataFile: ctx.store.dataFile, recovery: ctx.store.recovery(), encryption: ctx.encryption },
    history: ctx.store.historyStatus(ctx.caller),
    session: ctx.session,
  };
}

export function snapshot(ctx: HandlerContext): Snapshot {
  return { ...stateOf(ctx), workspace: ctx.store.workspace(), recentFrom: null };
}

/**
 * What changed since `base`: the patches when they are at hand, else the whole workspace as one
 * patch (a renderer that was far behind, or an erasure that dropped the recent patches).
 */
export function updateSince(ctx: HandlerContext, base: number): Update {
  const patches = ctx.store.patchesSince(base) ?? [{ kind: 'workspace' as const, after: ctx.store.workspace() }];
  return { ...stateOf(ctx), base, patches };
}

/** Applies a workspace change and answers with what changed, the reply of every command. */
export function change(ctx: HandlerContext, apply: (workspace: Workspace) => void): Update {
  const base = ctx.store.revision();
  ctx.store.update(apply, { op: ctx.operation, caller: ctx.caller });
  return updateSince(ctx, base);
}

/** Runs a command that changes the workspace some other way (undo, replace) and answers with what changed. */
export function changed(ctx: HandlerContext, run: () => void): Update {
  const base = ctx.store.revision();
  run();
  return updateSince(ctx, base);
}

/**
 * Puts a whole workspace from a file (a backup, an import) in place of the current one, after a
 * backup of what was there; the recovery notice goes, as the user has now chosen what to keep.
 */
export function replaceWorkspace(
  ctx: HandlerContext,
  workspace: Workspace,
  reason: Extract<BackupReason, 'before-restore' | 'before-import'>,
): Update {
  ctx.store.backup(reason);
  const update = changed(ctx, () => ctx.store.replace(() => workspace, { op: ctx.operation, caller: ctx.caller }));
  ctx.store.clearRecovery();
  return { ...update, storage: { ...update.storage, recovery: null } };
}
