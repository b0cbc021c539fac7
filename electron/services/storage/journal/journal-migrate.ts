import type { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import fs from 'node:fs';
import { migrateDocument, type Migration } from '../../../../shared/migrations/migrate.ts';
import { workspaceSchema, type Workspace } from '../../../../shared/schemas/index.ts';
import type { ChangeSummary } from '../../../../shared/journal/summary.ts';
import { makeBackup } from '../backups.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import { backupDir, fileStamp } from '../file-names.ts';
import { setMeta } from './journal-db.ts';
import { writeSnapshot, type JournalState } from './journal-state.ts';

export type SchemaUpgrade = { dir: string; codec: FileCodec; now: Date; from: number; steps: readonly Migration[] | undefined; target: number };

/** The operation name of the journal row that records an upgrade; the history shows it like any change. */
export const MIGRATION_OP = 'migrateSchema';

/**
 * Brings a journal written by an older app up to this schema. The old data is kept first, twice:
 * the workspace as a backup document (listed in Settings, restorable: a restore upgrades it the
 * same way) and the whole journal file with its history (`VACUUM INTO`, rows encrypted as they
 * were). The upgrade is then one 'system' row holding the whole new workspace, followed by a
 * snapshot; every earlier row becomes 'fixed', because its patches are in the old format and
 * undoing them would write old-format records into the new workspace.
 */
export function upgradeJournal(db: DatabaseSync, state: JournalState, upgrade: SchemaUpgrade): JournalState {
  const { dir, codec, now, from, target } = upgrade;
  const oldDocument = { schemaVersion: from, preferences: { language: 'nl' }, workspace: state.workspace };
  makeBackup(dir, 'before-migration', now, codec.encode(JSON.stringify(oldDocument, null, '\t')));
  fs.mkdirSync(backupDir(dir), { recursive: true, mode: 0o700 });
  const copy = path.join(backupDir(dir), `journal-${fileStamp(now)}-schema-${from}.db`);
  db.prepare('VACUUM INTO ?').run(copy);
  fs.chmodSync(copy, 0o600);

  const migrated = migrateDocument(oldDocument, upgrade.steps, target) as { workspace: unknown };
  const workspace: Workspace = workspaceSchema.parse(migrated.workspace);
  const summary: ChangeSummary = { subjects: [{ key: 'settings', label: '', action: 'changed' }], count: 1, assignments: [] };
  const at = now.toISOString();
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec("UPDATE journal SET state = 'fixed' WHERE state != 'fixed'");
    const payload = codec.encode(JSON.stringify({ summary, patches: [{ kind: 'workspace', after: workspace }] }));
    const row = db.prepare("INSERT INTO journal (at, op, kind, target, state, refs, payload) VALUES (?, ?, 'system', NULL, 'fixed', '  ', ?)").run(at, MIGRATION_OP, payload);
    const next = { revision: Number(row.lastInsertRowid), workspace };
    writeSnapshot(db, codec, next, at);
    setMeta(db, 'schema_version', String(target));
    db.exec('COMMIT');
    return next;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
