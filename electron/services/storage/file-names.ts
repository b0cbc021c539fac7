import path from 'node:path';

/** The whole-document file of versions before the journal; read once, then kept as a backup. */
export const DATA_FILE_NAME = 'workspace.json';
export const JOURNAL_FILE_NAME = 'workspace.db';
export const BACKUP_DIR_NAME = 'backups';

/** A timestamp that sorts as text and is valid in file names on every OS. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function dataFilePath(dir: string): string {
  return path.join(dir, DATA_FILE_NAME);
}

export function backupDir(dir: string): string {
  return path.join(dir, BACKUP_DIR_NAME);
}

export function journalFilePath(dir: string): string {
  return path.join(dir, JOURNAL_FILE_NAME);
}
