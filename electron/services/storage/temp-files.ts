import fs from 'node:fs';
import path from 'node:path';
import { backupDir, DATA_FILE_NAME } from './file-names.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * conf writes through `atomically`: the whole file goes to `<file>.tmp-<10 digits><6 hex>` beside
 * it, then is renamed over it. A crash between the two leaves that temp file behind; the data file
 * itself is still the last complete write, so the leftover holds nothing worth keeping.
 */
export const ATOMIC_TEMP_FILE = new RegExp(`^${escape(DATA_FILE_NAME)}\\.tmp-\\d{10}[0-9a-f]{6}$`);

/**
 * Our own replacements of copies (erasing a person, encrypting old copies) and of the key file go
 * through `<file>.partial` and a rename (earlier versions erased through `<file>.erasing`); a
 * leftover is an unfinished one, and may hold personal data that was about to be erased or encrypted.
 */
export const REPLACE_TEMP_FILE =
  /^workspace[^/\\]*\.(json\.partial|json\.erasing|key\.partial|db\.partial(-wal|-shm|-journal)?)$/;

/**
 * Removes those leftovers when the store opens; returns their names. Only these exact patterns
 * are touched: backups, moved-aside files and anything else in the folder stay as they are.
 */
export function removeLeftoverTempFiles(dir: string): string[] {
  return [
    ...removeMatching(dir, (name) => ATOMIC_TEMP_FILE.test(name) || REPLACE_TEMP_FILE.test(name)),
    ...removeMatching(backupDir(dir), (name) => REPLACE_TEMP_FILE.test(name)),
  ];
}

function removeMatching(folder: string, matches: (name: string) => boolean): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(matches)) {
    try {
      fs.rmSync(path.join(folder, name), { force: true });
      removed.push(name);
    } catch (error) {
      // A leftover we cannot remove costs disk space, not data: keep starting.
      console.warn(`[secretariaat] could not remove ${name}: ${(error as Error).message}`);
    }
  }
  return removed;
}
