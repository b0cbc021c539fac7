import path from 'node:path';
import { DomainError } from '../../../shared/contract/errors.ts';
import type { workspaceOperations } from '../../../shared/contract/workspace-ops.ts';
import { makeBackup, resolveBackup } from '../storage/backups.ts';
import { documentOf, inspectFile } from '../storage/inspect-file.ts';
import { replaceWorkspace, snapshot, type HandlersFor } from './context.ts';

export const workspaceHandlers = {
  getSnapshot: (_input, ctx) => snapshot(ctx),

  resetWorkspace: ({ to }, ctx) => {
    makeBackup(ctx.store.dataFile, ctx.store.dir, 'before-reset', ctx.clock.now());
    const workspace = to === 'demo' ? ctx.demoWorkspace() : ctx.emptyWorkspace();
    ctx.store.update((doc) => {
      doc.workspace = workspace;
    });
    return snapshot(ctx);
  },

  setLanguage: ({ language }, ctx) => {
    ctx.store.update(
      (doc) => {
        doc.preferences.language = language;
      },
      { undoable: false },
    );
    return snapshot(ctx);
  },

  updateSettings: (settings, ctx) => {
    ctx.store.update((doc) => {
      doc.workspace.settings = settings;
    });
    return snapshot(ctx);
  },

  backupNow: (_input, ctx) => {
    const file = makeBackup(ctx.store.dataFile, ctx.store.dir, 'manual', ctx.clock.now());
    if (!file) throw new DomainError('storage', 'There is no data file to back up yet.');
    return { file: path.basename(file) };
  },

  restoreBackup: ({ file }, ctx) => {
    const source = resolveBackup(ctx.store.dir, file);
    if (!source) throw new DomainError('not_found', `No backup named ${file}`, 'file');
    const inspection = inspectFile(source, ctx.store.codec);
    if (inspection.kind !== 'ok' && inspection.kind !== 'older') {
      const why = inspection.kind === 'newer' ? `it comes from a newer version (schema ${inspection.version})` : inspection.kind === 'missing' ? 'it is gone' : inspection.reason;
      throw new DomainError('storage', `Backup ${file} cannot be restored: ${why}.`, 'file');
    }
    return replaceWorkspace(ctx, documentOf(inspection).workspace, 'before-restore');
  },

  undo: (_input, ctx) => {
    if (!ctx.store.undo()) throw new DomainError('conflict', 'There is no change to undo.');
    return snapshot(ctx);
  },

  dismissRecovery: (_input, ctx) => {
    ctx.store.clearRecovery();
    return snapshot(ctx);
  },
} satisfies HandlersFor<typeof workspaceOperations>;
