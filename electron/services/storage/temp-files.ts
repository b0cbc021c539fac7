import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILE_NAME } from './file-names.ts';

/**
 * conf writes through `atomically`: the whole file goes to `<file>.tmp-<10 digits><6 hex>` beside
 * it, then is renamed over it. A crash between the two leaves that temp file behind; the data file
 * itself is still the last complete write, so the leftover holds nothing worth keeping.
 */
const escaped = DATA_FILE_NAME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const ATOMIC_TEMP_FILE = new RegExp(`^${escaped}\\.tmp-\\d{10}[0-9a-f]{6}$`);

/**
 * Removes those leftovers when the store opens; returns their names. Only this exact pattern is
 * touched: backups, moved-aside files and anything else in the folder stay as they are.
 */
export function removeLeftoverTempFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => ATOMIC_TEMP_FILE.test(n))) {
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    } catch (error) {
      // A leftover we cannot remove costs disk space, not data: keep starting.
      console.warn(`[secretariaat] could not remove ${name}: ${(error as Error).message}`);
    }
  }
  return removed;
}
