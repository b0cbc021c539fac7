import fs from 'node:fs';
import { documentSchema, type StoredDocument } from '../../../shared/schemas/index.ts';
import { checkVersion, migrateDocument, type Migration } from '../../../shared/migrations/migrate.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/schemas/workspace.ts';
import { describeZodError } from '../../../shared/contract/errors.ts';
import { LockedFileError, type FileCodec } from './encryption/file-cipher.ts';

export type FileInspection =
  | { kind: 'missing' }
  | { kind: 'ok'; doc: StoredDocument }
  | { kind: 'older'; version: number; raw: Record<string, unknown> }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; reason: string }
  /** Encrypted with a key this run does not have: not damaged, so it must be left exactly as it is. */
  | { kind: 'locked'; reason: string };

/** Reads the data file without changing it; the caller decides what to do with each outcome. */
export function inspectFile(file: string, codec: FileCodec, target: number = CURRENT_SCHEMA_VERSION): FileInspection {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: `cannot be read (${(error as Error).message})` };
  }
  return inspectText(text, codec, target);
}

export function inspectText(text: string, codec: FileCodec, target: number = CURRENT_SCHEMA_VERSION): FileInspection {
  if (text.trim() === '') return { kind: 'unreadable', reason: 'the file is empty' };
  let json: string;
  try {
    json = codec.decode(text);
  } catch (error) {
    if (!(error instanceof LockedFileError)) throw error;
    return error.reason === 'damaged'
      ? { kind: 'unreadable', reason: error.message }
      : { kind: 'locked', reason: error.message };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { kind: 'unreadable', reason: 'the file is not valid JSON (truncated or damaged)' };
  }
  const version = checkVersion(raw, target);
  switch (version.kind) {
    case 'unversioned':
      return { kind: 'unreadable', reason: 'the file has no schema version' };
    case 'newer':
      return { kind: 'newer', version: version.version };
    case 'older':
      return { kind: 'older', version: version.version, raw: raw as Record<string, unknown> };
    case 'current':
      return validate(raw);
  }
}

function validate(raw: unknown): FileInspection {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success)
    return {
      kind: 'unreadable',
      reason: `the data does not match the schema (${describeZodError(parsed.error).message})`,
    };
  return { kind: 'ok', doc: parsed.data };
}

/** Runs the migration steps and validates the result, without touching any file. */
export function migrateRaw(
  raw: Record<string, unknown>,
  steps?: readonly Migration[],
  target: number = CURRENT_SCHEMA_VERSION,
): StoredDocument {
  return documentSchema.parse(migrateDocument(raw, steps, target));
}

/** The document a readable file holds, upgraded to this version; throws when the upgrade fails. */
export function documentOf(inspection: Extract<FileInspection, { kind: 'ok' | 'older' }>): StoredDocument {
  return inspection.kind === 'ok' ? inspection.doc : migrateRaw(inspection.raw);
}
