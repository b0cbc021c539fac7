import type { DatabaseSync } from 'node:sqlite';
import { daysOff } from '../shared/capacity/index.ts';
import { weekdayKeys, type Workspace } from '../shared/schemas/index.ts';

/*
 * Dates become integer day numbers (days since 1970-01-01, SQLite's own julianday() at insert) so
 * the query compares and subtracts integers, as a SQL schema for this data would. ISO week keys
 * stay text as stored: the query labels its calendar weeks with strftime('%G-W%V') and joins on
 * the key, so a key naming no real week (2025-W53) matches nothing, as in the JS grid.
 */
const DAY = `CAST(julianday(?) - 2440587.5 AS INTEGER)`;

const ddl = `
CREATE TABLE people (id TEXT PRIMARY KEY, active_from INTEGER NOT NULL, active_to INTEGER) WITHOUT ROWID;
CREATE TABLE contracts (person_id TEXT NOT NULL, seq INTEGER NOT NULL, from_day INTEGER NOT NULL,
  mon REAL, tue REAL, wed REAL, thu REAL, fri REAL, sat REAL, sun REAL, PRIMARY KEY (person_id, seq)) WITHOUT ROWID;
CREATE TABLE holidays (day INTEGER PRIMARY KEY);
CREATE TABLE structural (id TEXT PRIMARY KEY, person_id TEXT NOT NULL, from_day INTEGER NOT NULL, to_day INTEGER,
  hours_per_week REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE exceptions (item_id TEXT NOT NULL, seq INTEGER NOT NULL, week TEXT NOT NULL, hours REAL NOT NULL,
  PRIMARY KEY (item_id, week, seq)) WITHOUT ROWID;
CREATE TABLE placements (id TEXT PRIMARY KEY, person_id TEXT NOT NULL, from_day INTEGER NOT NULL, to_day INTEGER,
  hours_per_week REAL NOT NULL, status TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE leave (id TEXT PRIMARY KEY, person_id TEXT NOT NULL, from_day INTEGER NOT NULL, to_day INTEGER NOT NULL,
  hours_per_day REAL) WITHOUT ROWID;
CREATE TABLE requests (id TEXT PRIMARY KEY, status TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE assignments (request_id TEXT NOT NULL, person_id TEXT NOT NULL, week TEXT NOT NULL, hours REAL NOT NULL);
CREATE INDEX leave_by_person ON leave (person_id, from_day);
CREATE INDEX assignments_by_week ON assignments (week, person_id);
`;

export type LoadOptions = { fromYear: number; toYear: number };

/** Creates the tables in an empty database and fills them from the workspace in one transaction. */
export function loadWorkspace(db: DatabaseSync, ws: Workspace, options: LoadOptions): void {
  db.exec(ddl);
  db.exec('BEGIN');
  const person = db.prepare(`INSERT INTO people VALUES (?, ${DAY}, ${DAY})`);
  const contract = db.prepare(`INSERT INTO contracts VALUES (?, ?, ${DAY}, ?, ?, ?, ?, ?, ?, ?)`);
  for (const p of ws.people) {
    person.run(p.id, p.activeFrom, p.activeTo);
    p.contracts.forEach((c, seq) => contract.run(p.id, seq, c.from, ...weekdayKeys.map((k) => c.hours[k])));
  }
  const holiday = db.prepare(`INSERT INTO holidays VALUES (${DAY})`);
  for (const date of daysOff(ws.settings, options.fromYear, options.toYear).keys()) holiday.run(date);
  const structural = db.prepare(`INSERT INTO structural VALUES (?, ?, ${DAY}, ${DAY}, ?)`);
  const exception = db.prepare(`INSERT INTO exceptions VALUES (?, ?, ?, ?)`);
  for (const s of ws.structural) {
    structural.run(s.id, s.personId, s.from, s.to, s.hoursPerWeek);
    s.exceptions.forEach((e, seq) => exception.run(s.id, seq, e.week, e.hours));
  }
  const placement = db.prepare(`INSERT INTO placements VALUES (?, ?, ${DAY}, ${DAY}, ?, ?)`);
  for (const p of ws.placements) placement.run(p.id, p.personId, p.from, p.to, p.hoursPerWeek, p.status);
  const leave = db.prepare(`INSERT INTO leave VALUES (?, ?, ${DAY}, ${DAY}, ?)`);
  for (const l of ws.leave) leave.run(l.id, l.personId, l.from, l.to, l.hoursPerDay);
  const request = db.prepare(`INSERT INTO requests VALUES (?, ?)`);
  const assignment = db.prepare(`INSERT INTO assignments VALUES (?, ?, ?, ?)`);
  for (const r of ws.requests) {
    request.run(r.id, r.status);
    for (const a of r.assignments) assignment.run(r.id, a.personId, a.week, a.hours);
  }
  db.exec('COMMIT');
  db.exec('ANALYZE');
}
