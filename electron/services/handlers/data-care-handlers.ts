import path from 'node:path';
import { DomainError } from '../../../shared/contract/errors.ts';
import { teamServerUrl } from '../../../shared/security/team-server-url.ts';
import type { dataCareOperations } from '../../../shared/contract/data-care-ops.ts';
import { backupContents } from '../storage/backup-contents.ts';
import { describeBackup, listBackups } from '../storage/backups.ts';
import { backupDir } from '../storage/file-names.ts';
import { documentOf, inspectText } from '../storage/inspect-file.ts';
import { replaceWorkspace, type HandlersFor } from './context.ts';
import { importHandlers } from './import-handlers.ts';
import { privacyHandlers } from './privacy-handlers.ts';

type Ops = typeof dataCareOperations;
type BackupOps = Pick<
  Ops,
  'listBackups' | 'exportWorkspace' | 'importWorkspace' | 'getCapabilities' | 'showDataFolder' | 'openTeamWorkspace'
>;

const backupHandlers = {
  listBackups: (_input, ctx) =>
    listBackups(ctx.store.dir).map((name) => ({
      ...describeBackup(ctx.store.dir, name),
      holds: backupContents(path.join(backupDir(ctx.store.dir), name), ctx.store.codec),
    })),

  exportWorkspace: (_input, ctx) => ({
    fileName: `secretariaat-${ctx.clock.today()}.secretariaat`,
    content: JSON.stringify(ctx.store.document(), null, 2),
  }),

  importWorkspace: ({ content }, ctx) => {
    // The export file is plain JSON (it must open on another computer); a backup of this folder also imports.
    const inspection = inspectText(content, ctx.store.codec);
    if (inspection.kind === 'newer') {
      throw new DomainError(
        'invalid_input',
        `content: this file comes from a newer version of Secretariaat (schema ${inspection.version})`,
        'content',
        { reason: 'file_too_new', params: {} },
      );
    }
    if (inspection.kind === 'unreadable' || inspection.kind === 'locked' || inspection.kind === 'missing') {
      throw new DomainError(
        'invalid_input',
        `content: not a Secretariaat workspace file this app can open: ${inspection.kind === 'missing' ? 'empty' : inspection.reason}`,
        'content',
        { reason: 'not_a_workspace', params: {} },
      );
    }
    let imported;
    try {
      imported = documentOf(inspection);
    } catch (error) {
      throw new DomainError(
        'invalid_input',
        `content: the file could not be upgraded (${(error as Error).message})`,
        'content',
        { reason: 'upgrade_failed', params: {} },
      );
    }
    return replaceWorkspace(ctx, imported.workspace, 'before-import');
  },

  getCapabilities: (_input, ctx) => ({
    showDataFolder: ctx.showItemInFolder !== undefined,
    openTeamWorkspace: ctx.openTeamWindow !== undefined,
  }),

  openTeamWorkspace: ({ url }, ctx) => {
    if (!ctx.openTeamWindow)
      throw new DomainError(
        'invalid_input',
        'Only the desktop app opens a team workspace; in a browser, go to the server’s address.',
      );
    const opened = teamServerUrl(url);
    if (!opened)
      throw new DomainError(
        'invalid_input',
        'url: give the server’s https:// address (http:// only for this computer)',
        'url',
        { reason: 'team_url', params: {} },
      );
    ctx.store.setPreferences({ ...ctx.store.preferences(), teamServer: opened });
    ctx.openTeamWindow(opened);
    return { opened };
  },

  showDataFolder: (_input, ctx) => {
    if (!ctx.showItemInFolder) return { shown: false };
    ctx.showItemInFolder(path.resolve(ctx.store.dataFile));
    return { shown: true };
  },
} satisfies HandlersFor<BackupOps>;

export const dataCareHandlers = { ...backupHandlers, ...privacyHandlers, ...importHandlers } satisfies HandlersFor<Ops>;
