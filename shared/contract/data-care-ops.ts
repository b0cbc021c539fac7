import { z } from 'zod';
import { idSchema } from '../schemas/index.ts';
import { IMPORT_BASE64_CHARS } from '../import/limits.ts';
import type { ImportPreview } from '../import/types.ts';
import type { PersonExport } from '../privacy/person-data.ts';
import { operation } from './define.ts';
import type { Update } from './snapshot.ts';

/** How many people, requests and placements a backup holds, so a user can tell a full copy from an empty one. */
export type BackupContents = { people: number; requests: number; placements: number };
/** `holds` is null for a copy that cannot be opened. */
export type BackupListItem = { name: string; date: string; reason: string; size: number; holds: BackupContents | null };
/** A file for the renderer to save: its suggested name and its text. */
export type ExportedFile = { fileName: string; content: string };

/** A workspace of 200 people with years of history stays far below this; the cap keeps one call bounded. */
/** A workspace export of 2,000 people with years of history stays below this (500 people: 17 MB). */
export const MAX_WORKSPACE_CHARS = 50_000_000;

const importFileSchema = z
  .object({
    kind: z.enum(['people', 'placements']),
    fileName: z.string().min(1).max(255),
    base64: z.string().max(IMPORT_BASE64_CHARS),
    /** Chosen by the renderer so it can cancel the reading with `cancelImport`. */
    jobId: z.string().min(1).max(64).optional(),
  })
  .strict();

/** Backups, whole-workspace export/import, GDPR requests and the spreadsheet import. */
export const dataCareOperations = {
  listBackups: operation<BackupListItem[]>()(z.object({}).strict()),
  exportWorkspace: operation<ExportedFile>()(z.object({}).strict()),
  importWorkspace: operation<Update>()(z.object({ content: z.string().min(1).max(MAX_WORKSPACE_CHARS) }).strict()),
  exportPerson: operation<ExportedFile & { data: PersonExport }>()(z.object({ id: idSchema }).strict()),
  erasePerson: operation<{
    update: Update;
    rewrittenFiles: string[];
    deletedFiles: string[];
    uncheckedFiles: string[];
  }>()(z.object({ id: idSchema }).strict()),
  purgeOldLeave: operation<{ update: Update; removed: number }>()(z.object({}).strict()),
  previewImport: operation<ImportPreview>()(importFileSchema),
  applyImport: operation<Update>()(importFileSchema),
  cancelImport: operation<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1).max(64) }).strict()),
  /** What this host can do beyond the contract, so the renderer hides what would not work. */
  getCapabilities: operation<{ showDataFolder: boolean; openTeamWorkspace: boolean }>()(z.object({}).strict()),
  showDataFolder: operation<{ shown: boolean }>()(z.object({}).strict()),
  /** Desktop app only: opens a team server's workspace in a window of its own (see docs/team-server.md). */
  openTeamWorkspace: operation<{ opened: string }>()(z.object({ url: z.string().min(1).max(2000) }).strict()),
};
