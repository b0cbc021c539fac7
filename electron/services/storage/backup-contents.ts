import fs from 'node:fs';
import type { BackupContents } from '../../../shared/contract/data-care-ops.ts';
import type { Workspace } from '../../../shared/schemas/index.ts';
import type { FileCodec } from './encryption/file-cipher.ts';
import { documentOf, inspectFile } from './inspect-file.ts';

export function contentsOf(workspace: Workspace): BackupContents {
  return {
    people: workspace.people.length,
    requests: workspace.requests.length,
    placements: workspace.placements.length,
  };
}

/**
 * Reading a backup means decrypting and parsing all of it, so what each version of a file holds
 * (by name, size and time) is read once per run; a backup this run writes is known without reading.
 */
const known = new Map<string, BackupContents | null>();

const keyOf = (file: string) => {
  const stat = fs.statSync(file);
  return `${file}:${stat.size}:${stat.mtimeMs}`;
};

export function rememberContents(file: string, workspace: Workspace): void {
  known.set(keyOf(file), contentsOf(workspace));
}

/** What a backup holds, or null when it cannot be opened (damaged, another key, a newer version). */
export function backupContents(file: string, codec: FileCodec): BackupContents | null {
  const key = keyOf(file);
  if (known.has(key)) return known.get(key) ?? null;
  const inspection = inspectFile(file, codec);
  let contents: BackupContents | null = null;
  if (inspection.kind === 'ok' || inspection.kind === 'older') {
    try {
      contents = contentsOf(documentOf(inspection).workspace);
    } catch {
      contents = null;
    }
  }
  known.set(key, contents);
  return contents;
}

/** A test host's reset starts over as a fresh process would, without what earlier folders held. */
export function forgetContents(): void {
  known.clear();
}
