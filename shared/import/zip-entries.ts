import { IMPORT_LIMITS } from './limits.ts';
import { refuseImport } from './refusal.ts';

/** `method` 0 is stored, 8 is deflated; `dataStart` is where the packed bytes begin. */
export type ZipEntry = { name: string; method: number; packed: number; unpacked: number; dataStart: number };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** A 32-bit size of all ones means "see the zip64 record": no import needs a file over 4 GB. */
const ZIP64_MARK = 0xffffffff;

/**
 * The entries as the zip's central directory declares them, read without unpacking anything.
 * Returns null when the bytes are not a zip this reader understands (the caller refuses those).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    if (packed === ZIP64_MARK || unpacked === ZIP64_MARK || local + 30 > bytes.length) return null;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method: view.getUint16(at + 10, true), packed, unpacked, dataStart });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * Refuses a zip bomb before it is unpacked: too much in total, or one entry packed far more densely
 * than a spreadsheet ever is. The sizes are the zip's own claims: the reading process holds each
 * entry to its claim before the workbook is opened (checkUnpackedSizes in read-file.ts).
 */
export function checkZipEntries(entries: readonly ZipEntry[], limits = IMPORT_LIMITS): void {
  const total = entries.reduce((sum, e) => sum + e.unpacked, 0);
  if (total > limits.unpackedBytes)
    throw refuseImport('unpacked_too_large', { limitMb: limits.unpackedBytes / (1024 * 1024) });
  for (const entry of entries) {
    const ratio = entry.unpacked / Math.max(1, entry.packed);
    if (entry.unpacked > limits.ratioFloorBytes && ratio > limits.entryRatio) {
      throw refuseImport('packed_too_densely', {
        entry: entry.name,
        ratio: Math.round(ratio),
        limit: limits.entryRatio,
      });
    }
  }
}
