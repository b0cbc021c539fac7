import { z } from 'zod';
import { preferencesSchema, workspaceSchema } from '../schemas/index.ts';

export const recoverySchema = z.object({
  /** Where the unreadable file was moved; it is never overwritten or deleted. */
  movedAsideTo: z.string(),
  reason: z.string(),
  newestBackup: z.string().nullable(),
});
export type Recovery = z.infer<typeof recoverySchema>;

export const storageStatusSchema = z.object({
  dataFile: z.string(),
  recovery: recoverySchema.nullable(),
});

/** What the renderer holds: the whole workspace plus where it lives; views are recomputed from it. */
export const snapshotSchema = z.object({
  revision: z.number().int(),
  today: z.string(),
  workspace: workspaceSchema,
  preferences: preferencesSchema,
  storage: storageStatusSchema,
  /** Whether the undo operation has a change to take back. */
  canUndo: z.boolean(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
