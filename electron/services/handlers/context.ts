import type { Workspace } from '../../../shared/schemas/index.ts';
import type { EncryptionStatus, Snapshot } from '../../../shared/contract/index.ts';
import type { Contract, OperationName, ParsedInputOf, ResultOf, AnyContract } from '../../../shared/contract/index.ts';
import type { WorkspaceStore } from '../storage/workspace-store.ts';
import { makeBackup, type BackupReason } from '../storage/backups.ts';

/** "Today" is injected so tests and demos run on a fixed date. */
export type Clock = { today: () => string; now: () => Date };

export type HandlerContext = {
  store: WorkspaceStore;
  clock: Clock;
  demoWorkspace: () => Workspace;
  emptyWorkspace: () => Workspace;
  /** How the data folder is protected, shown in Settings (and as a warning when it is weak). */
  encryption: EncryptionStatus;
  /** Renders an app route (`#/report/2026-10`) to an A4 PDF; only Electron has it, the web host does not. */
  printToPdf?: (route: string) => Promise<Buffer>;
  /** Given by the Electron main process only; the web host cannot open the user's file manager. */
  showItemInFolder?: (file: string) => void;
};

export type HandlersFor<C extends AnyContract> = {
  [K in keyof C]: (input: ParsedInputOf<C[K]>, ctx: HandlerContext) => ResultOf<C[K]> | Promise<ResultOf<C[K]>>;
};
export type Handlers = HandlersFor<Contract>;
export type { OperationName };

export function snapshot(ctx: HandlerContext): Snapshot {
  const doc = ctx.store.document();
  return {
    revision: ctx.store.revision(),
    today: ctx.clock.today(),
    workspace: doc.workspace,
    preferences: doc.preferences,
    storage: { dataFile: ctx.store.dataFile, recovery: ctx.store.recovery(), encryption: ctx.encryption },
    canUndo: ctx.store.canUndo(),
  };
}

/** Applies a workspace change and answers with the new snapshot, the reply of every command. */
export function change(ctx: HandlerContext, apply: (workspace: Workspace) => void): Snapshot {
  ctx.store.update((doc) => apply(doc.workspace));
  return snapshot(ctx);
}

/**
 * Puts a whole workspace from a file (a backup, an import) in place of the current one, after a
 * backup of what was there; the recovery notice goes, as the user has now chosen what to keep.
 */
export function replaceWorkspace(ctx: HandlerContext, workspace: Workspace, reason: Extract<BackupReason, 'before-restore' | 'before-import'>): Snapshot {
  makeBackup(ctx.store.dataFile, ctx.store.dir, reason, ctx.clock.now());
  ctx.store.update((doc) => {
    doc.workspace = workspace;
  });
  ctx.store.clearRecovery();
  return snapshot(ctx);
}
