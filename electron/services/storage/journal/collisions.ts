import { writtenKeysOf } from '../../../../shared/journal/summary.ts';
import type { WorkspacePatch } from '../../../../shared/journal/patch.ts';
import { DomainError } from '../../../../shared/contract/errors.ts';
import type { JournalRow, RowPayload } from './journal-port.ts';

/**
 * Who asks for a change: their name in a team workspace (null on one computer), and the revision
 * their screen showed when they made it (null when the caller does not say, e.g. a script).
 */
export type Caller = { author: string | null; base: number | null };

export const NO_CALLER: Caller = { author: null, base: null };

/** A client this far behind has not seen enough to be trusted with a change; it reloads first. */
const MAX_BEHIND = 2_000;

/**
 * A change made on a screen that had not yet shown another person's change to the same record
 * would silently write over it: refuse it, naming who changed what and when.
 */
export function refuseCollision(
  caller: Caller,
  current: number,
  rowsSinceBase: () => JournalRow[],
  decode: (row: JournalRow) => RowPayload | null,
  patches: readonly WorkspacePatch[],
): void {
  if (caller.base === null || caller.base >= current) return;
  if (current - caller.base > MAX_BEHIND) {
    throw new DomainError('conflict', 'Your screen is out of date: reload before changing anything.', null, {
      reason: 'stale_view',
      params: { behind: current - caller.base },
    });
  }
  const mine = new Set(writtenKeysOf(patches));
  for (const row of rowsSinceBase()) {
    const payload = decode(row);
    if (!payload || (payload.author ?? null) === caller.author) continue;
    const theirs = payload.patches ? writtenKeysOf(payload.patches) : [];
    const clash = theirs.find((key) => mine.has(key));
    if (clash === undefined) continue;
    const who = payload.author ?? 'another window';
    throw new DomainError(
      'conflict',
      `${who} changed this (${row.op}, ${clash}) at ${row.at} after your screen showed it. Nothing was overwritten; look at their change and try again.`,
      null,
      {
        reason: 'changed_by_other',
        params: { author: who, op: row.op, record: clash, at: row.at },
      },
    );
  }
}
