import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from './backups.ts';
import { backupDir, DATA_FILE_NAME } from './file-names.ts';

/** Every copy of the workspace in the data folder besides the live file: moved-aside files and backups. */
export function workspaceCopies(dir: string): string[] {
  const movedAside = fs
    .readdirSync(dir)
    .filter((name) => name !== DATA_FILE_NAME && name.startsWith('workspace') && name.endsWith('.json'))
    .map((name) => path.join(dir, name));
  return [...movedAside, ...listBackups(dir).map((name) => path.join(backupDir(dir), name))];
}
