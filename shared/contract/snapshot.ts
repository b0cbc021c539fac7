import { z } from 'zod';
import { isoWeekSchema, preferencesSchema, workspaceSchema } from '../schemas/index.ts';
import { historyStatusSchema, workspacePatchSchema } from './history.ts';
import { sessionSchema } from './roles.ts';

export const recoverySchema = z.object({
  /** Where the unreadable file was moved; it is never overwritten or deleted. */
  movedAsideTo: z.string(),
  reason: z.string(),
  newestBackup: z.string().nullable(),
});
export type Recovery = z.infer<typeof recoverySchema>;

/**
 * How the data folder is protected at rest. `keystore`: encrypted, key held by the OS (Keychain,
 * DPAPI, a Linux secret service); `weak-keystore`: encrypted, but Linux reported its `basic_text`
 * backend, so the key is protected by a fixed password only; `environment`: encrypted with a key
 * the web host was started with; `none`: plain text.
 */
export const encryptionStatusSchema = z.object({
  mode: z.enum(['keystore', 'weak-keystore', 'environment', 'none']),
  /** What the OS reported (e.g. gnome_libsecret, basic_text, keychain, dpapi), or why there is none. */
  backend: z.string(),
  /** The desktop app warns when its data is not (or only weakly) protected; a browser host on test data need not. */
  warn: z.boolean(),
});
export type EncryptionStatus = z.infer<typeof encryptionStatusSchema>;

export const storageStatusSchema = z.object({
  dataFile: z.string(),
  recovery: recoverySchema.nullable(),
  encryption: encryptionStatusSchema,
});

const stateFields = {
  /** The journal revision the workspace is at. */
  revision: z.number().int(),
  today: z.string(),
  preferences: preferencesSchema,
  storage: storageStatusSchema,
  /** What Undo and Redo would take back or do again now. */
  history: historyStatusSchema,
  /** Who is signed in to a team workspace, and as what; null on one computer. */
  session: sessionSchema.nullable().default(null),
};

/** What the renderer holds: the whole workspace plus where it lives; views are recomputed from it. */
export const snapshotSchema = z.object({
  ...stateFields,
  workspace: workspaceSchema,
  /**
   * Set when the workspace holds only the requests with work in this week or later (the first
   * answer of a start, see recent-part.ts); null when it is whole.
   */
  recentFrom: isoWeekSchema.nullable(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/**
 * The answer to a command: what changed since `base`, not the whole workspace, so a click costs
 * the same at 500 people as at 15. A renderer that is not at `base` asks for the changes since
 * its own revision instead.
 */
export const updateSchema = z.object({
  ...stateFields,
  base: z.number().int(),
  patches: z.array(workspacePatchSchema),
});
export type Update = z.infer<typeof updateSchema>;
