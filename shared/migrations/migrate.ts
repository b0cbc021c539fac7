import { CURRENT_SCHEMA_VERSION } from '../schemas/workspace.ts';
import { datedSettings } from './dated-settings.ts';

type RawDocument = Record<string, unknown>;

/** One step from `from` to `from + 1`; pure, so a failed step leaves the input untouched. */
export type Migration = {
  from: number;
  describe: string;
  migrate: (doc: RawDocument) => RawDocument;
};

/** Version 1 is the first stored format; new steps are appended here, never edited once released. */
export const migrations: readonly Migration[] = [
  { from: 1, describe: 'dated settings (rates, holidays, revenue target) and closed months', migrate: datedSettings },
];

export type MigrationCheck =
  | { kind: 'current' }
  | { kind: 'older'; version: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' };

export function checkVersion(raw: unknown, target: number = CURRENT_SCHEMA_VERSION): MigrationCheck {
  const version = typeof raw === 'object' && raw !== null ? (raw as RawDocument).schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unversioned' };
  if (version === target) return { kind: 'current' };
  return version > target ? { kind: 'newer', version } : { kind: 'older', version };
}

/** Applies every step from the document's version up to `target`; throws if a step is missing. */
export function migrateDocument(
  raw: RawDocument,
  steps: readonly Migration[] = migrations,
  target: number = CURRENT_SCHEMA_VERSION,
): RawDocument {
  let doc = structuredClone(raw);
  let version = Number(doc.schemaVersion);
  while (version < target) {
    const step = steps.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from schema version ${version}`);
    doc = { ...step.migrate(doc), schemaVersion: version + 1 };
    version += 1;
  }
  return doc;
}
