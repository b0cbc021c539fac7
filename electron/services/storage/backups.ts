import fs from 'node:fs';
import path from 'node:path';
import { backupDir, fileStamp } from './file-names.ts';
import type { FileCodec } from './encryption/file-cipher.ts';
import type { BackupListItem } from '../../../shared/contract/data-care-ops.ts';
import { inspectFile } from './inspect-file.ts';
import { writeFlushed } from './replace-file.ts';
import type { Workspace } from '../../../shared/schemas/index.ts';
import { COLLECTION_KEYS } from '../../../shared/journal/patch.ts';

export type BackupReason =
  'manual' | 'daily' | 'before-migration' | 'before-restore' | 'before-reset' | 'before-import';

const NAME_PATTERN = /^workspace-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+?)(?:-\d+)?\.json$/;

/**
 * Puts one copy in the backups folder under a new name that says when and why, so the newest is
 * found by sorting; `place` writes it there and fails when that name is taken.
 */
function placeBackup(dir: string, reason: BackupReason, now: Date, place: (target: string) => void): string {
  const base = path.join(backupDir(dir), `workspace-${fileStamp(now)}-${reason}`);
  fs.mkdirSync(path.dirname(base), { recursive: true, mode: 0o700 });
  // Two backups for the same reason within one millisecond (or under a fixed clock) must not overwrite each other.
  for (let n = 1; ; n += 1) {
    const target = n === 1 ? `${base}.json` : `${base}-${n}.json`;
    if (fs.existsSync(target)) continue;
    try {
      place(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    return target;
  }
}

/**
 * A backup is the whole workspace as one document (already encoded: encrypted like everything else
 * in the folder), flushed before it counts: it is what a restore or a recovery falls back on.
 */
export function makeBackup(dir: string, reason: BackupReason, now: Date, content: string): string {
  return placeBackup(dir, reason, now, (target) => writeFlushed(target, content, 'wx'));
}

/** Moves a file into the backups folder as it is, bytes and encryption unchanged (the old workspace.json). */
export function keepAsBackup(file: string, dir: string, reason: BackupReason, now: Date): string {
  return placeBackup(dir, reason, now, (target) => fs.renameSync(file, target));
}

export function listBackups(dir: string): string[] {
  const folder = backupDir(dir);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith('workspace-') && name.endsWith('.json'))
    .sort()
    .reverse();
}

/** The date and reason come from the name, so they survive copying the folder to another machine. */
export function describeBackup(dir: string, name: string): Omit<BackupListItem, 'holds'> {
  const match = NAME_PATTERN.exec(name);
  const stamp = match?.[1];
  const date = stamp ? `${stamp.slice(0, 10)}T${stamp.slice(11, 19).replace(/-/g, ':')}.${stamp.slice(20, 23)}Z` : '';
  return { name, date, reason: match?.[2] ?? 'unknown', size: fs.statSync(path.join(backupDir(dir), name)).size };
}

/**
 * The newest backup that would actually load and holds data, so the user is never offered a broken
 * one, nor the empty workspace a recovery started (its before-restore copy) over a real one.
 */
export function newestGoodBackup(dir: string, codec: FileCodec): string | null {
  for (const name of listBackups(dir)) {
    const inspection = inspectFile(path.join(backupDir(dir), name), codec);
    if (inspection.kind === 'older') return name;
    if (inspection.kind === 'ok' && holdsData(inspection.doc.workspace)) return name;
  }
  return null;
}

/** Any record at all: an empty workspace (the one a recovery or "start empty" makes) holds nothing to go back to. */
function holdsData(workspace: Workspace): boolean {
  return COLLECTION_KEYS.some((key) => workspace[key].length > 0);
}

/** Backup names come from the user interface; only a plain name inside the backup folder is accepted. */
export function resolveBackup(dir: string, name: string): string | null {
  if (name !== path.basename(name) || !listBackups(dir).includes(name)) return null;
  return path.join(backupDir(dir), name);
}
