import { z } from 'zod';
import { languageSchema, settingsSchema } from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Snapshot } from './snapshot.ts';

export const workspaceOperations = {
  getSnapshot: operation<Snapshot>()(z.object({}).strict()),
  resetWorkspace: operation<Snapshot>()(z.object({ to: z.enum(['empty', 'demo']) }).strict()),
  setLanguage: operation<Snapshot>()(z.object({ language: languageSchema }).strict()),
  updateSettings: operation<Snapshot>()(settingsSchema),
  backupNow: operation<{ file: string }>()(z.object({}).strict()),
  restoreBackup: operation<Snapshot>()(z.object({ file: z.string().min(1).max(255) }).strict()),
  dismissRecovery: operation<Snapshot>()(z.object({}).strict()),
  /** Takes back the last change to the workspace (assign, status change, delete, …). */
  undo: operation<Snapshot>()(z.object({}).strict()),
};
