import fs from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** The layout of the journal file; a file with a higher number was written by a newer app. */
export const JOURNAL_FORMAT = 1;

const TABLES = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS journal (
    revision INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    op TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('change', 'undo', 'redo', 'system')),
    target INTEGER,
    state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'fixed')),
    refs TEXT NOT NULL,
    payload TEXT
  );
  CREATE INDEX IF NOT EXISTS journal_undo ON journal (state, revision);
  CREATE TABLE IF NOT EXISTS snapshots (revision INTEGER PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL);
`;

/**
 * WAL lets a second process read while one writes; FULL syncs the log at every commit, so an
 * acknowledged change survives a power cut, not only a crash. secure_delete zeroes freed pages, so
 * an erased person's old rows do not linger in the file's free space.
 */
const PRAGMAS = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = FULL;
  PRAGMA secure_delete = ON;
  PRAGMA foreign_keys = ON;
`;

export function openDatabase(file: string): DatabaseSync {
  const db = new DatabaseSync(file, { timeout: 10_000 });
  try {
    db.exec(PRAGMAS);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function createTables(db: DatabaseSync, meta: Record<string, string>): void {
  db.exec(TABLES);
  const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(meta)) put.run(key, value);
}

export function readMeta(db: DatabaseSync): Map<string, string> {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  return new Map(rows.map((row) => [row.key, row.value]));
}

export function setMeta(db: DatabaseSync, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
}

/** The file is not a database, or a damaged one: it must be moved aside, never written over. */
export function isDamagedDatabase(error: unknown): boolean {
  const message = String((error as Error)?.message ?? error);
  return /file is not a database|malformed|SQLITE_CORRUPT|SQLITE_NOTADB|no such table/i.test(message);
}

/** Whether a journal's rows were written by an encrypting codec; a file that is no journal answers false. */
export function isEncryptedJournal(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    const row = db.prepare("SELECT value FROM meta WHERE key = 'codec'").get() as { value: string } | undefined;
    return row !== undefined && row.value !== 'plain';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
