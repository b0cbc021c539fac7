import { describe, expect, it } from 'vitest';
import { checkVersion, migrateDocument, migrations, type Migration } from './migrate.ts';
import { CURRENT_SCHEMA_VERSION, documentSchema } from '../schemas/workspace.ts';

const renameNotes: Migration = {
  from: 1,
  describe: 'notes become remarks',
  migrate: (doc) => {
    const { notes, ...rest } = doc;
    return { ...rest, remarks: notes };
  },
};
const addFlag: Migration = { from: 2, describe: 'flag', migrate: (doc) => ({ ...doc, flag: true }) };

describe('schema migrations', () => {
  it('runs every step in order up to the target version', () => {
    const result = migrateDocument({ schemaVersion: 1, notes: 'x' }, [addFlag, renameNotes], 3);
    expect(result).toEqual({ schemaVersion: 3, remarks: 'x', flag: true });
  });

  it('leaves the original document untouched so a failed step can be undone exactly', () => {
    const original = { schemaVersion: 1, notes: 'x' };
    const failing: Migration = {
      from: 2,
      describe: 'fails',
      migrate: () => {
        throw new Error('boom');
      },
    };
    expect(() => migrateDocument(original, [renameNotes, failing], 3)).toThrow('boom');
    expect(original).toEqual({ schemaVersion: 1, notes: 'x' });
  });

  it('refuses when a step is missing rather than skipping it', () => {
    expect(() => migrateDocument({ schemaVersion: 1 }, [addFlag], 3)).toThrow('No migration from schema version 1');
  });

  it('tells current, older, newer and unversioned documents apart', () => {
    expect(checkVersion({ schemaVersion: CURRENT_SCHEMA_VERSION })).toEqual({ kind: 'current' });
    expect(checkVersion({ schemaVersion: 1 }, 2)).toEqual({ kind: 'older', version: 1 });
    expect(checkVersion({ schemaVersion: 9 }, 2)).toEqual({ kind: 'newer', version: 9 });
    expect(checkVersion({})).toEqual({ kind: 'unversioned' });
    expect(checkVersion(null)).toEqual({ kind: 'unversioned' });
  });

  it('has a step for every version below the current one', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v += 1) {
      expect(migrations.some((m) => m.from === v)).toBe(true);
    }
  });

  it('turns version 1 settings into dated steps that hold from the start, keeping every value', () => {
    const settings = {
      organisationName: 'X',
      internalRateCents: 5500,
      shadowRateCents: 6500,
      annualRevenueTargetCents: null,
      holidaysOff: ['newYear'],
      liberationDay: 'never',
      csvSeparator: ';',
      leaveRetentionMonths: 24,
    };
    const empty = {
      demo: false,
      people: [],
      structural: [],
      leave: [],
      clients: [],
      placements: [],
      requests: [],
      income: [],
      value: [],
    };
    const upgraded = documentSchema.parse(
      migrateDocument({ schemaVersion: 1, preferences: { language: 'nl' }, workspace: { ...empty, settings } }),
    );
    expect(upgraded.workspace.settings).toEqual({
      organisationName: 'X',
      internalRates: [{ from: '1900-01-01', cents: 5500 }],
      shadowRates: [{ from: '1900-01-01', cents: 6500 }],
      revenueTargets: [{ from: '1900-01-01', cents: null }],
      holidayRules: [{ from: '1900-01-01', holidaysOff: ['newYear'], liberationDay: 'never' }],
      csvSeparator: ';',
      leaveRetentionMonths: 24,
    });
    expect(upgraded.workspace.closedMonths).toEqual([]);
  });
});
