import fs from 'node:fs';
import path from 'node:path';

/** Suffix of the temp file `replaceFile` writes; a crash can leave one, which the next start removes. */
export const REPLACE_TEMP_SUFFIX = '.partial';

/**
 * Swaps a file's contents in one rename, owner-only, so a crash leaves either the old or the new
 * copy. Flushed before the rename and the folder after it: the key file especially must be on
 * disk before anything encrypted with its key is, or a power cut could keep the data and lose the key.
 */
export function replaceFile(file: string, content: string | Buffer): void {
  const temp = `${file}${REPLACE_TEMP_SUFFIX}`;
  writeFlushed(temp, content, 'w');
  fs.renameSync(temp, file);
  syncFolder(path.dirname(file));
}

/** Writes a whole file owner-only and flushes it to disk; `wx` fails when the file exists. */
export function writeFlushed(file: string, content: string | Buffer, flag: 'w' | 'wx'): void {
  const fd = fs.openSync(file, flag, 0o600);
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open or flush a folder; its rename is already durable enough there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
