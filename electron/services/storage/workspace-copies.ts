import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from './backups.ts';
import { backupDir } from './file-names.ts';
import { looksEncrypted } from './encryption/file-cipher.ts';

/** A JSON document or journal that could not be read and was moved aside (with a journal's log files). */
const MOVED_ASIDE = /^workspace-unreadable-.*\.(json|db|db-wal|db-shm)$/;

/** Every copy of the workspace in the data folder besides the live journal: moved-aside files and backups. */
export function workspaceCopies(dir: string): string[] {
  const movedAside = fs
    .readdirSync(dir)
    .filter((name) => MOVED_ASIDE.test(name))
    .map((name) => path.join(dir, name));
  return [...movedAside, ...listBackups(dir).map((name) => path.join(backupDir(dir), name))];
}

/** Reads only the start of the file: at every start each backup is checked, and they can be large. */
export function isEncryptedFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(96);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return looksEncrypted(head.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
