import type { IsoDate, Workspace } from '../schemas/index.ts';
import { dayIndex, weekdayOf } from './day-index.ts';
import { allocationsOf } from './person-index.ts';
import { cellAt, computePerson, createScratch } from './person-capacity.ts';
import { makeSpan } from './span.ts';

/**
 * Spare hours of a person between two dates (inclusive), for "Who is free?". A week partly
 * inside the window contributes its spare in proportion to the available hours on the window's
 * days: someone on leave Monday to Wednesday has nothing spare in a Monday-to-Wednesday window,
 * however quiet the rest of the week. A week with no available hours at all (over-booked or
 * entirely off) is split by calendar days. Over-booked weeks subtract, so the sum is net spare.
 */
export function spareInWindow(workspace: Workspace, personId: string, from: IsoDate, to: IsoDate): number {
  const person = workspace.people.find((p) => p.id === personId);
  const first = dayIndex(from);
  const last = dayIndex(to);
  if (!person || last < first) return 0;
  const firstMonday = first - weekdayOf(first);
  const weeks = (last - weekdayOf(last) - firstMonday) / 7 + 1;
  const span = makeSpan(workspace.settings, firstMonday, weeks);
  const pw = computePerson(span, person, allocationsOf(workspace, personId), createScratch(span));
  let total = 0;
  for (let w = 0; w < weeks; w++) {
    const cell = cellAt(pw, w);
    const lo = Math.max(first - firstMonday, w * 7);
    const hi = Math.min(last - firstMonday, w * 7 + 6);
    if (hi - lo === 6) {
      total += cell.spare;
      continue;
    }
    let availableInWindow = 0;
    for (let d = lo; d <= hi; d++) {
      if (span.holidayFlags[d] === 1) continue;
      availableInWindow += (pw.daily[d] ?? 0) - (pw.leaveTaken[d] ?? 0);
    }
    const share = cell.available > 0 ? availableInWindow / cell.available : (hi - lo + 1) / 7;
    total += cell.spare * share;
  }
  return total;
}
