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

/** Suffix of the temp file `replaceFile` writes; a crash can leave one, which the next start removes. */
export const REPLACE_TEMP_SUFFIX = '.partial';

/** Swaps a file's contents in one rename, owner-only, so a crash leaves either the old or the new copy. */
export function replaceFile(file: string, content: string): void {
  const temp = `${file}${REPLACE_TEMP_SUFFIX}`;
  fs.writeFileSync(temp, content, { mode: 0o600 });
  fs.renameSync(temp, file);
}
