import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../../shared/demo/index.ts';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../../../shared/schemas/index.ts';
import { valueByMonth } from '../../../../shared/revenue/index.ts';
import { servicesIn, tempDir } from '../../testing/temp-services.ts';
import { listBackups } from '../backups.ts';
import { inspectFile } from '../inspect-file.ts';

/** The demo as version 1 stored it: one rate of each kind, one holiday choice, no closed months. */
function asVersion1(workspace: Workspace): Record<string, unknown> {
  const { internalRates, shadowRates, revenueTargets, holidayRules, ...rest } = workspace.settings;
  const { closedMonths: _closed, ...records } = workspace;
  return {
    ...records,
    settings: {
      ...rest,
      internalRateCents: internalRates[0]!.cents,
      shadowRateCents: shadowRates[0]!.cents,
      annualRevenueTargetCents: revenueTargets[0]!.cents,
      holidaysOff: holidayRules[0]!.holidaysOff,
      liberationDay: holidayRules[0]!.liberationDay,
    },
  };
}

/** Writes a journal as the previous version left it: schema 1 in meta and a version-1 snapshot. */
function writeVersion1Journal(dir: string, workspace: Workspace): void {
  servicesIn(dir).context.store.close();
  const db = new DatabaseSync(path.join(dir, 'workspace.db'));
  db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
  db.prepare('UPDATE snapshots SET payload = ?').run(JSON.stringify(asVersion1(workspace)));
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
}

describe('opening a workspace.db of schema version 1', () => {
  it('upgrades it to dated settings with every figure as before, after keeping the old data as a backup', () => {
    const dir = tempDir();
    const workspace = generateDemoWorkspace({ people: 4, today: '2026-11-23', seed: 7 });
    writeVersion1Journal(dir, workspace);

    const { context } = servicesIn(dir);
    const upgraded = context.store.workspace();
    expect(upgraded.settings.internalRates).toEqual([{ from: '1900-01-01', cents: 5500 }]);
    expect(upgraded.closedMonths).toEqual([]);
    expect(upgraded.people).toEqual(workspace.people);
    const months = ['2026-09', '2026-10'];
    expect(valueByMonth(upgraded, months)).toEqual(valueByMonth(workspace, months));

    const backup = listBackups(dir).find((name) => name.endsWith('before-migration.json'));
    expect(backup).toBeDefined();
    const kept = inspectFile(path.join(dir, 'backups', backup!), context.store.codec);
    expect(kept.kind).toBe('older');
    expect(fs.readdirSync(path.join(dir, 'backups')).some((name) => /^journal-.*-schema-1\.db$/.test(name))).toBe(true);

    const db = new DatabaseSync(path.join(dir, 'workspace.db'), { readOnly: true });
    expect((db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string }).value).toBe(
      String(CURRENT_SCHEMA_VERSION),
    );
    expect((db.prepare('SELECT op, kind FROM journal ORDER BY revision DESC LIMIT 1').get() as { op: string }).op).toBe(
      'migrateSchema',
    );
    db.close();
    context.store.close();
  });

  it('upgrades once: the next start opens the upgraded journal without another backup', () => {
    const dir = tempDir();
    writeVersion1Journal(dir, generateDemoWorkspace({ people: 3, today: '2026-11-23', seed: 3 }));
    servicesIn(dir).context.store.close();
    const before = listBackups(dir).length;
    const { context } = servicesIn(dir);
    expect(context.store.workspace().settings.holidayRules).toHaveLength(1);
    expect(listBackups(dir).length).toBe(before);
    context.store.close();
  });

  it('restores the kept backup into the new format', async () => {
    const dir = tempDir();
    const workspace = generateDemoWorkspace({ people: 3, today: '2026-11-23', seed: 5 });
    writeVersion1Journal(dir, workspace);
    const services = servicesIn(dir);
    const backup = listBackups(dir).find((name) => name.endsWith('before-migration.json'))!;
    await services.call('restoreBackup', { file: backup });
    expect(services.context.store.workspace().settings.shadowRates).toEqual([{ from: '1900-01-01', cents: 6500 }]);
    services.context.store.close();
  });
});
