import fs from 'node:fs';
import path from 'node:path';
import { backupDir, fileStamp } from './file-names.ts';
import type { FileCodec } from './encryption/file-cipher.ts';
import { inspectFile } from './inspect-file.ts';

export type BackupReason = 'manual' | 'daily' | 'before-migration' | 'before-restore' | 'before-reset' | 'before-import';

export type BackupInfo = { name: string; date: string; reason: string; size: number };

const NAME_PATTERN = /^workspace-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+?)(?:-\d+)?\.json$/;

/** Copies the data file byte for byte; the name says when and why, so the newest is found by sorting. */
export function makeBackup(dataFile: string, dir: string, reason: BackupReason, now: Date): string | null {
  if (!fs.existsSync(dataFile)) return null;
  const base = path.join(backupDir(dir), `workspace-${fileStamp(now)}-${reason}`);
  fs.mkdirSync(path.dirname(base), { recursive: true, mode: 0o700 });
  // Two backups for the same reason within one millisecond (or under a fixed clock) must not overwrite each other.
  for (let n = 1; ; n += 1) {
    const target = n === 1 ? `${base}.json` : `${base}-${n}.json`;
    try {
      fs.copyFileSync(dataFile, target, fs.constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    fs.chmodSync(target, 0o600);
    return target;
  }
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
export function describeBackup(dir: string, name: string): BackupInfo {
  const match = NAME_PATTERN.exec(name);
  const stamp = match?.[1];
  const date = stamp ? `${stamp.slice(0, 10)}T${stamp.slice(11, 19).replace(/-/g, ':')}.${stamp.slice(20, 23)}Z` : '';
  return { name, date, reason: match?.[2] ?? 'unknown', size: fs.statSync(path.join(backupDir(dir), name)).size };
}

/** The newest backup that would actually load, so the user is never offered a broken one. */
export function newestGoodBackup(dir: string, codec: FileCodec): string | null {
  for (const name of listBackups(dir)) {
    const kind = inspectFile(path.join(backupDir(dir), name), codec).kind;
    if (kind === 'ok' || kind === 'older') return name;
  }
  return null;
}

/** Backup names come from the user interface; only a plain name inside the backup folder is accepted. */
export function resolveBackup(dir: string, name: string): string | null {
  if (name !== path.basename(name) || !listBackups(dir).includes(name)) return null;
  return path.join(backupDir(dir), name);
}
