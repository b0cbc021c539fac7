import fs from 'node:fs';
import path from 'node:path';
import { backupDir, fileStamp } from './file-names.ts';
import { inspectFile } from './inspect-file.ts';

export type BackupReason = 'manual' | 'before-migration' | 'before-restore' | 'before-reset';

/** Copies the data file byte for byte; the name says when and why, so the newest is found by sorting. */
export function makeBackup(dataFile: string, dir: string, reason: BackupReason, now: Date): string | null {
  if (!fs.existsSync(dataFile)) return null;
  const target = path.join(backupDir(dir), `workspace-${fileStamp(now)}-${reason}.json`);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  fs.copyFileSync(dataFile, target, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(target, 0o600);
  return target;
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

/** The newest backup that would actually load, so the user is never offered a broken one. */
export function newestGoodBackup(dir: string): string | null {
  for (const name of listBackups(dir)) {
    const kind = inspectFile(path.join(backupDir(dir), name)).kind;
    if (kind === 'ok' || kind === 'older') return name;
  }
  return null;
}

/** Backup names come from the user interface; only a plain name inside the backup folder is accepted. */
export function resolveBackup(dir: string, name: string): string | null {
  if (name !== path.basename(name) || !listBackups(dir).includes(name)) return null;
  return path.join(backupDir(dir), name);
}
