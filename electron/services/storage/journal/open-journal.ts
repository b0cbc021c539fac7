import fs from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION, type StoredDocument } from '../../../../shared/schemas/index.ts';
import type { Recovery } from '../../../../shared/contract/snapshot.ts';
import type { Migration } from '../../../../shared/migrations/migrate.ts';
import { keepAsBackup, newestGoodBackup } from '../backups.ts';
import { LockedFileError, plainCodec, type FileCodec } from '../encryption/file-cipher.ts';
import { backupDir, dataFilePath, fileStamp, journalFilePath } from '../file-names.ts';
import { inspectFile, migrateRaw } from '../inspect-file.ts';
import { createTables, isDamagedDatabase, JOURNAL_FORMAT, openDatabase, readMeta } from './journal-db.ts';
import { upgradeJournal } from './journal-migrate.ts';
import { encryptPlainJournal } from './journal-rewrite.ts';
import { DamagedJournalError, loadState, writeSnapshot, type JournalState } from './journal-state.ts';
import type { JournalPort } from './journal-port.ts';
import { sqlitePort } from './sqlite-port.ts';

export class StorageError extends Error {
  override name = 'StorageError';
}

export type OpenJournalOptions = {
  dir: string;
  codec: FileCodec;
  now: () => Date;
  /** The document for a first start (the demo workspace). */
  firstStart: () => StoredDocument;
  /** The document to continue with after an unreadable file was moved aside. */
  afterRecovery: () => StoredDocument;
  /** Tests inject migration steps (and the version they lead to); the app uses shared/migrations. */
  migrations?: { steps: readonly Migration[]; target: number };
};

export type OpenedJournal = {
  port: JournalPort;
  state: JournalState;
  recovery: Recovery | null;
  /** The document of a workspace.json this start turned into the journal; its preferences move to the preferences file. */
  migratedFrom: StoredDocument | null;
};

const codecName = (codec: FileCodec) => (codec.encrypts ? 'aes-256-gcm' : 'plain');
const SIDE_FILES = ['', '-wal', '-shm'];

/**
 * A new journal is built under a temporary name and renamed into place once its first snapshot is
 * on disk, so a crash leaves either no journal (the JSON file is still there) or a complete one.
 */
function createJournalFile(file: string, codec: FileCodec, doc: StoredDocument, now: Date): void {
  const temp = `${file}.partial`;
  for (const side of SIDE_FILES) fs.rmSync(`${temp}${side}`, { force: true });
  const db = openDatabase(temp);
  try {
    createTables(db, {
      format: String(JOURNAL_FORMAT),
      schema_version: String(doc.schemaVersion),
      codec: codecName(codec),
      created_at: now.toISOString(),
    });
    writeSnapshot(sqlitePort(db), codec, { revision: 0, workspace: doc.workspace }, now.toISOString());
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
}

/** The workspace to start the journal with: the old JSON file (upgraded), or the first-start demo. */
function startingDocument(opts: OpenJournalOptions): {
  doc: StoredDocument;
  recovery: Recovery | null;
  fromJson: boolean;
} {
  const { dir, codec, now } = opts;
  const jsonFile = dataFilePath(dir);
  const inspection = inspectFile(jsonFile, codec, opts.migrations?.target);
  switch (inspection.kind) {
    case 'missing':
      return { doc: opts.firstStart(), recovery: null, fromJson: false };
    case 'ok':
      return { doc: inspection.doc, recovery: null, fromJson: true };
    case 'older':
      try {
        return {
          doc: migrateRaw(inspection.raw, opts.migrations?.steps, opts.migrations?.target),
          recovery: null,
          fromJson: true,
        };
      } catch (error) {
        throw new StorageError(
          `The data file ${jsonFile} could not be upgraded (${(error as Error).message}). It was left unchanged.`,
        );
      }
    case 'newer':
      throw new StorageError(
        `The data file ${jsonFile} was written by a newer version of Secretariaat (schema ${inspection.version}). Update the app; the file was left unchanged.`,
      );
    case 'locked':
      throw new StorageError(
        `The data file ${jsonFile} cannot be opened: ${inspection.reason}. The file was left unchanged.`,
      );
    case 'unreadable': {
      const movedAsideTo = path.join(dir, `workspace-unreadable-${fileStamp(now())}.json`);
      fs.renameSync(jsonFile, movedAsideTo);
      return {
        doc: opts.afterRecovery(),
        recovery: { movedAsideTo, reason: inspection.reason, newestBackup: newestGoodBackup(dir, codec) },
        fromJson: false,
      };
    }
  }
}

function moveAside(file: string, dir: string, now: Date): string {
  const movedAsideTo = path.join(dir, `workspace-unreadable-${fileStamp(now)}.db`);
  for (const side of SIDE_FILES)
    if (fs.existsSync(`${file}${side}`)) fs.renameSync(`${file}${side}`, `${movedAsideTo}${side}`);
  return movedAsideTo;
}

/** The whole journal with its history, as the older app left it (`VACUUM INTO`, rows encrypted as they were). */
function keepJournalCopy(db: DatabaseSync, dir: string, now: Date, schema: number): void {
  fs.mkdirSync(backupDir(dir), { recursive: true, mode: 0o700 });
  const copy = path.join(backupDir(dir), `journal-${fileStamp(now)}-schema-${schema}.db`);
  db.prepare('VACUUM INTO ?').run(copy);
  fs.chmodSync(copy, 0o600);
}

function openExisting(file: string, opts: OpenJournalOptions): { port: JournalPort; state: JournalState } {
  const db = openDatabase(file);
  try {
    const meta = readMeta(db);
    const format = Number(meta.get('format'));
    const schema = Number(meta.get('schema_version'));
    const target = opts.migrations?.target ?? CURRENT_SCHEMA_VERSION;
    if (!Number.isInteger(format) || !Number.isInteger(schema))
      throw new DamagedJournalError('the journal has no format version');
    if (format > JOURNAL_FORMAT || schema > target) {
      throw new StorageError(
        `The data file ${file} was written by a newer version of Secretariaat (format ${format}, schema ${schema}). Update the app; the file was left unchanged.`,
      );
    }
    const port = sqlitePort(db);
    let state = loadState(port, opts.codec);
    if (schema < target) {
      const upgrade = {
        dir: opts.dir,
        codec: opts.codec,
        now: opts.now(),
        from: schema,
        steps: opts.migrations?.steps,
        target,
      };
      state = upgradeJournal(port, state, upgrade, () => keepJournalCopy(db, opts.dir, upgrade.now, schema));
    }
    if (opts.codec.encrypts && meta.get('codec') === 'plain') {
      encryptPlainJournal(db, plainCodec, opts.codec, codecName(opts.codec));
    }
    return { port, state };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens the journal, making it from workspace.json on the first start of this version (that file
 * is kept, as a backup), and upgrading one written with an older schema (kept as a backup first). A journal that cannot be read is moved aside, never written over, and
 * the newest backup that holds data is offered; one written by a newer app or under another key
 * is left exactly as it is.
 */
export function openJournal(opts: OpenJournalOptions): OpenedJournal {
  const { dir, codec, now } = opts;
  const file = journalFilePath(dir);
  const jsonFile = dataFilePath(dir);
  let recovery: Recovery | null = null;
  let migratedFrom: StoredDocument | null = null;
  if (!fs.existsSync(file)) {
    const start = startingDocument(opts);
    createJournalFile(file, codec, start.doc, now());
    recovery = start.recovery;
    if (start.fromJson) migratedFrom = start.doc;
  }
  // Also after a crash between making the journal and keeping the JSON file as a backup.
  if (fs.existsSync(jsonFile)) keepAsBackup(jsonFile, dir, 'before-migration', now());
  try {
    return { ...openExisting(file, opts), recovery, migratedFrom };
  } catch (error) {
    if (error instanceof StorageError) throw error;
    if (error instanceof LockedFileError && error.reason !== 'damaged') {
      throw new StorageError(`The data file ${file} cannot be opened: ${error.message}. The file was left unchanged.`);
    }
    if (!(
      error instanceof DamagedJournalError ||
      error instanceof LockedFileError ||
      error instanceof SyntaxError ||
      isDamagedDatabase(error)
    ))
      throw error;
    const movedAsideTo = moveAside(file, dir, now());
    createJournalFile(file, codec, opts.afterRecovery(), now());
    const reason = (error as Error).message;
    return {
      ...openExisting(file, opts),
      recovery: { movedAsideTo, reason, newestBackup: newestGoodBackup(dir, codec) },
      migratedFrom: null,
    };
  }
}
