import type { IsoDate, Workspace } from '../schemas/index.ts';
import { spareInWindowForAll } from './window-all.ts';

/**
 * Spare hours of a person between two dates (inclusive), for "Who is free?". A week partly
 * inside the window contributes its spare in proportion to the available hours on the window's
 * days: someone on leave Monday to Wednesday has nothing spare in a Monday-to-Wednesday window,
 * however quiet the rest of the week. A week with no available hours at all (over-booked or
 * entirely off) is split by calendar days. Over-booked weeks subtract, so the sum is net spare.
 */
export function spareInWindow(workspace: Workspace, personId: string, from: IsoDate, to: IsoDate): number {
  const person = workspace.people.find((p) => p.id === personId);
  if (!person) return 0;
  return spareInWindowForAll({ ...workspace, people: [person] }, from, to).get(personId) ?? 0;
}
