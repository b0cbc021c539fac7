import fs from 'node:fs';
import path from 'node:path';
import { erasePersonData } from '../../../shared/privacy/person-data.ts';
import type { StoredDocument } from '../../../shared/schemas/index.ts';
import { listBackups } from '../storage/backups.ts';
import { backupDir, DATA_FILE_NAME } from '../storage/file-names.ts';
import { inspectText, migrateRaw } from '../storage/inspect-file.ts';

export type FileErasure = {
  /** Copies (backups, moved-aside files) rewritten without the person. */
  rewritten: string[];
  /** Copies that could not be read and mentioned the person: deleted, because they cannot be cleaned. */
  deleted: string[];
};

/** Every copy of the workspace in the data folder besides the live file: backups and moved-aside files. */
function copiesIn(dir: string): string[] {
  const movedAside = fs
    .readdirSync(dir)
    .filter((name) => name !== DATA_FILE_NAME && name.startsWith('workspace') && name.endsWith('.json'))
    .map((name) => path.join(dir, name));
  return [...movedAside, ...listBackups(dir).map((name) => path.join(backupDir(dir), name))];
}

function readDocument(text: string): StoredDocument | null {
  const inspection = inspectText(text);
  if (inspection.kind === 'ok') return inspection.doc;
  if (inspection.kind !== 'older') return null;
  try {
    return migrateRaw(inspection.raw);
  } catch {
    return null;
  }
}

/**
 * Erasure must reach every copy, or a restore would bring the person back. A readable copy is
 * rewritten without them (same name, owner-only). A copy we cannot parse cannot be cleaned
 * selectively; if it mentions the person (by id or name) it is deleted and listed, so the user is
 * told exactly what went; unreadable copies that never mention them are left for recovery.
 */
export function eraseFromCopies(dir: string, person: { id: string; name: string }): FileErasure {
  const result: FileErasure = { rewritten: [], deleted: [] };
  for (const file of copiesIn(dir)) {
    // The id is matched as a JSON string so erasing p-01 never counts p-010 as a mention.
    const mentions = (text: string) => text.includes(`"${person.id}"`) || text.includes(person.name);
    const text = fs.readFileSync(file, 'utf8');
    if (!mentions(text)) continue;
    const doc = readDocument(text);
    if (doc) {
      const cleaned: StoredDocument = { ...doc, workspace: erasePersonData(doc.workspace, person.id) };
      const temp = `${file}.erasing`;
      fs.writeFileSync(temp, JSON.stringify(cleaned, null, '\t'), { mode: 0o600 });
      fs.renameSync(temp, file);
      result.rewritten.push(path.basename(file));
      // A copy that still mentions them (name inside another record's text) falls through to deletion.
      if (!mentions(fs.readFileSync(file, 'utf8'))) continue;
      result.rewritten.pop();
    }
    fs.rmSync(file);
    result.deleted.push(path.basename(file));
  }
  return result;
}
