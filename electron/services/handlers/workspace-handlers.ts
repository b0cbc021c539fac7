import path from 'node:path';
import { weekKey } from '../../../shared/capacity/weeks.ts';
import { DomainError } from '../../../shared/contract/errors.ts';
import { recentPart } from '../../../shared/contract/recent-part.ts';
import type { workspaceOperations } from '../../../shared/contract/workspace-ops.ts';
import { resolveBackup } from '../storage/backups.ts';
import { documentOf, inspectFile } from '../storage/inspect-file.ts';
import { change, changed, replaceWorkspace, snapshot, updateSince, type HandlersFor } from './context.ts';

export const workspaceHandlers = {
  getSnapshot: ({ recentFrom }, ctx) => {
    ctx.store.refresh();
    const whole = snapshot(ctx);
    if (recentFrom === undefined) return whole;
    const from = recentFrom === 'this-week' ? weekKey(whole.today) : recentFrom;
    return { ...whole, workspace: recentPart(whole.workspace, from), recentFrom: from };
  },

  resetWorkspace: ({ to }, ctx) => {
    ctx.store.backup('before-reset');
    const workspace = to === 'demo' ? ctx.demoWorkspace() : ctx.emptyWorkspace();
    return changed(ctx, () => ctx.store.replace(() => workspace, { op: ctx.operation, caller: ctx.caller }));
  },

  setLanguage: ({ language }, ctx) => {
    ctx.store.setPreferences({ ...ctx.store.preferences(), language });
    return updateSince(ctx, ctx.store.revision());
  },

  updateSettings: (settings, ctx) =>
    change(ctx, (workspace) => {
      workspace.settings = settings;
    }),

  backupNow: (_input, ctx) => ({ file: path.basename(ctx.store.backup('manual')) }),

  restoreBackup: ({ file }, ctx) => {
    const source = resolveBackup(ctx.store.dir, file);
    if (!source)
      throw new DomainError('not_found', `No backup named ${file}`, 'file', {
        reason: 'backup_missing',
        params: { file },
      });
    const inspection = inspectFile(source, ctx.store.codec);
    if (inspection.kind !== 'ok' && inspection.kind !== 'older') {
      const why =
        inspection.kind === 'newer'
          ? `it comes from a newer version (schema ${inspection.version})`
          : inspection.kind === 'missing'
            ? 'it is gone'
            : inspection.reason;
      throw new DomainError('storage', `Backup ${file} cannot be restored: ${why}.`, 'file', {
        reason: 'backup_unusable',
        params: { file },
      });
    }
    return replaceWorkspace(ctx, documentOf(inspection).workspace, 'before-restore');
  },

  undo: (_input, ctx) =>
    changed(ctx, () => {
      if (!ctx.store.undo(ctx.caller))
        throw new DomainError('conflict', 'There is no change to undo.', null, {
          reason: 'nothing_to_undo',
          params: {},
        });
    }),

  redo: (_input, ctx) =>
    changed(ctx, () => {
      if (!ctx.store.redo(ctx.caller))
        throw new DomainError('conflict', 'There is no undone change to redo.', null, {
          reason: 'nothing_to_redo',
          params: {},
        });
    }),

  undoTo: ({ revision }, ctx) =>
    changed(ctx, () => {
      if (revision > ctx.store.revision())
        throw new DomainError('not_found', `revision: there is no revision ${revision} yet`, 'revision', {
          reason: 'no_revision',
          params: { revision },
        });
      ctx.store.undoTo(revision, ctx.caller);
    }),

  getHistory: (filter, ctx) => {
    ctx.store.refresh();
    return ctx.store.history(filter);
  },

  changesSince: ({ revision }, ctx) => {
    ctx.store.refresh();
    return updateSince(ctx, revision);
  },

  dismissRecovery: (_input, ctx) => {
    ctx.store.clearRecovery();
    return updateSince(ctx, ctx.store.revision());
  },
} satisfies HandlersFor<typeof workspaceOperations>;
