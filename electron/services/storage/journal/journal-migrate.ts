import { migrateDocument, type Migration } from '../../../../shared/migrations/migrate.ts';
import { workspaceSchema, type Workspace } from '../../../../shared/schemas/index.ts';
import type { ChangeSummary } from '../../../../shared/journal/summary.ts';
import { makeBackup } from '../backups.ts';
import type { FileCodec } from '../encryption/file-cipher.ts';
import type { JournalPort } from './journal-port.ts';
import { writeSnapshot, type JournalState } from './journal-state.ts';

export type SchemaUpgrade = {
  dir: string;
  codec: FileCodec;
  now: Date;
  from: number;
  steps: readonly Migration[] | undefined;
  target: number;
};

/** The operation name of the journal row that records an upgrade; the history shows it like any change. */
export const MIGRATION_OP = 'migrateSchema';

/**
 * Brings a journal written by an older app up to this schema. The old data is kept first, twice:
 * the workspace as a backup document (listed in Settings, restorable: a restore upgrades it the
 * same way) and the whole journal file with its history (`VACUUM INTO`, rows encrypted as they
 * were; a team server's database is the operator's to dump). The upgrade is then one 'system' row holding the whole new workspace, followed by a
 * snapshot; every earlier row becomes 'fixed', because its patches are in the old format and
 * undoing them would write old-format records into the new workspace.
 */
export function upgradeJournal(
  port: JournalPort,
  state: JournalState,
  upgrade: SchemaUpgrade,
  keepJournalCopy: () => void,
): JournalState {
  const { dir, codec, now, from, target } = upgrade;
  const oldDocument = { schemaVersion: from, preferences: { language: 'nl' }, workspace: state.workspace };
  makeBackup(dir, 'before-migration', now, codec.encode(JSON.stringify(oldDocument, null, '\t')));
  keepJournalCopy();

  const migrated = migrateDocument(oldDocument, upgrade.steps, target) as { workspace: unknown };
  const workspace: Workspace = workspaceSchema.parse(migrated.workspace);
  const summary: ChangeSummary = {
    subjects: [{ key: 'settings', label: '', action: 'changed' }],
    count: 1,
    assignments: [],
  };
  const at = now.toISOString();
  port.begin();
  try {
    port.fixAll();
    const payload = codec.encode(JSON.stringify({ summary, patches: [{ kind: 'workspace', after: workspace }] }));
    const revision = port.insert({
      at,
      op: MIGRATION_OP,
      kind: 'system',
      target: null,
      state: 'fixed',
      refs: '  ',
      payload,
    });
    const next = { revision, workspace };
    writeSnapshot(port, codec, next, at);
    port.setMeta('schema_version', String(target));
    port.commit();
    return next;
  } catch (error) {
    port.rollback();
    throw error;
  }
}
