import { z } from 'zod';
import { isoWeekSchema, languageSchema, settingsSchema } from '../schemas/index.ts';
import { operation } from './define.ts';
import type { Snapshot, Update } from './snapshot.ts';
import { historyFilterSchema, type HistoryEntry } from './history.ts';

export const workspaceOperations = {
  /**
   * The whole workspace; with `recentFrom`, only the part a capacity grid from that week on needs
   * (`this-week`: the host's current week, as the renderer does not know "today" before it asks).
   */
  getSnapshot: operation<Snapshot>()(
    z.object({ recentFrom: z.union([isoWeekSchema, z.literal('this-week')]).optional() }).strict(),
  ),
  resetWorkspace: operation<Update>()(z.object({ to: z.enum(['empty', 'demo']) }).strict()),
  setLanguage: operation<Update>()(z.object({ language: languageSchema }).strict()),
  updateSettings: operation<Update>()(settingsSchema),
  backupNow: operation<{ file: string }>()(z.object({}).strict()),
  restoreBackup: operation<Update>()(z.object({ file: z.string().min(1).max(255) }).strict()),
  dismissRecovery: operation<Update>()(z.object({}).strict()),
  /** Takes back the last change to the workspace (assign, status change, delete, …). */
  undo: operation<Update>()(z.object({}).strict()),
  /** Does the last undone change again. */
  redo: operation<Update>()(z.object({}).strict()),
  /** Takes back every change after this revision (the history panel's "back to here"). */
  undoTo: operation<Update>()(z.object({ revision: z.number().int().min(0) }).strict()),
  getHistory: operation<HistoryEntry[]>()(historyFilterSchema),
  /**
   * What changed since the renderer's revision, also in other windows and processes on this folder;
   * the renderer asks about once a second.
   */
  changesSince: operation<Update>()(z.object({ revision: z.number().int().min(0) }).strict()),
};
