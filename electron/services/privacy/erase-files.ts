import fs from 'node:fs';
import path from 'node:path';
import { erasePersonData } from '../../../shared/privacy/person-data.ts';
import type { StoredDocument } from '../../../shared/schemas/index.ts';
import { LockedFileError, plainCodec, type FileCodec } from '../storage/encryption/file-cipher.ts';
import { documentOf, inspectText } from '../storage/inspect-file.ts';
import { replaceFile } from '../storage/replace-file.ts';
import { workspaceCopies } from '../storage/workspace-copies.ts';

export type FileErasure = {
  /** Copies (backups, moved-aside files) rewritten without the person. */
  rewritten: string[];
  /** Copies that could not be read and mentioned the person: deleted, because they cannot be cleaned. */
  deleted: string[];
  /** Encrypted copies this app cannot open at all (another key, a newer format): left, and the user told. */
  unchecked: string[];
};

/** `json` is already decoded, so it is inspected as plain text. */
function readDocument(json: string): StoredDocument | null {
  const inspection = inspectText(json, plainCodec);
  if (inspection.kind !== 'ok' && inspection.kind !== 'older') return null;
  try {
    return documentOf(inspection);
  } catch {
    return null;
  }
}

/**
 * The copy's JSON text (`intact`), or what can still be read of a damaged one to search it, or
 * null when it is encrypted in a way this app cannot open at all.
 */
function decodeCopy(file: string, codec: FileCodec): { text: string; intact: boolean } | null {
  const raw = fs.readFileSync(file, 'utf8');
  try {
    return { text: codec.decode(raw), intact: true };
  } catch (error) {
    if (!(error instanceof LockedFileError)) throw error;
    const text = codec.decodeForSearch(raw);
    return text === null ? null : { text, intact: false };
  }
}

/**
 * Erasure must reach every copy, or a restore would bring the person back. A readable copy is
 * rewritten without them (same name, owner-only, encrypted like the rest). A copy we cannot parse
 * (or a damaged encrypted one) cannot be cleaned selectively; if it mentions the person (by id or
 * name) it is deleted and listed, so the user is told exactly what went; unreadable copies that
 * never mention them are left for recovery. A copy under another key cannot even be searched: it
 * is left as it is and listed, for the user to decide.
 */
export function eraseFromCopies(dir: string, person: { id: string; name: string }, codec: FileCodec): FileErasure {
  const result: FileErasure = { rewritten: [], deleted: [], unchecked: [] };
  // The id is matched as a JSON string so erasing p-01 never counts p-010 as a mention.
  const mentions = (text: string) => text.includes(`"${person.id}"`) || text.includes(person.name);
  for (const file of workspaceCopies(dir)) {
    const copy = decodeCopy(file, codec);
    if (!copy) {
      result.unchecked.push(path.basename(file));
      continue;
    }
    if (!mentions(copy.text)) continue;
    const doc = copy.intact ? readDocument(copy.text) : null;
    if (doc) {
      const cleaned = JSON.stringify(
        { ...doc, workspace: erasePersonData(doc.workspace, person.id) } satisfies StoredDocument,
        null,
        '\t',
      );
      // A copy that still mentions them (name inside another record's text) falls through to deletion.
      if (!mentions(cleaned)) {
        replaceFile(file, codec.encode(cleaned));
        result.rewritten.push(path.basename(file));
        continue;
      }
    }
    fs.rmSync(file);
    result.deleted.push(path.basename(file));
  }
  return result;
}
