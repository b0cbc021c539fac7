import { workedShares, type WorkedShares } from '../capacity/index.ts';
import type { Leave, Month, Placement, Workspace } from '../schemas/index.ts';
import { firstDayOf, lastDayOf } from './months.ts';
import { sortedRates } from './rates.ts';
import { cleanHours, roundCents } from './rounding.ts';
import type { PlacementMonthHours, RateSegment } from './types.ts';

/** Planned hours of any placement in any of the prepared months; null when it does not overlap the month. */
export type MonthCalculator = (placement: Placement, month: Month) => PlacementMonthHours | null;

const none: MonthCalculator = () => null;

/**
 * Prepares holidays once for the whole range of `months` and each person's working days once, so a
 * year of revenue for a large team stays one pass per person rather than one per placement-month.
 */
export function monthCalculator(workspace: Workspace, months: readonly Month[]): MonthCalculator {
  if (months.length === 0) return none;
  const sorted = [...months].sort();
  const days = workedShares(workspace.settings, firstDayOf(sorted[0]!), lastDayOf(sorted[sorted.length - 1]!));
  const people = new Map(workspace.people.map((p) => [p.id, p]));
  const leaveByPerson = new Map<string, Leave[]>();
  for (const l of workspace.leave) leaveByPerson.set(l.personId, [...(leaveByPerson.get(l.personId) ?? []), l]);
  const shares = new Map<string, Float64Array>();
  const sharesOf = (personId: string): Float64Array => {
    let found = shares.get(personId);
    if (!found) {
      const person = people.get(personId);
      // A placement whose person is gone has nobody working it: zero hours rather than a crash.
      found = person ? days.sharesFor(person, leaveByPerson.get(personId) ?? []) : new Float64Array(days.days);
      shares.set(personId, found);
    }
    return found;
  };
  return (placement, month) => {
    const from = firstDayOf(month) > placement.from ? firstDayOf(month) : placement.from;
    const end = lastDayOf(month);
    const to = placement.to === null || placement.to > end ? end : placement.to;
    if (from > to || days.offsetOf(from) < 0 || days.offsetOf(to) >= days.days) return null;
    return monthHours(days, sharesOf(placement.personId), placement, month, from, to);
  };
}

function monthHours(
  days: WorkedShares,
  shares: Float64Array,
  placement: Placement,
  month: Month,
  from: string,
  to: string,
): PlacementMonthHours {
  const steps = sortedRates(placement.rates);
  const stepStarts = steps.map((s) => days.offsetOf(s.from));
  const first = days.offsetOf(from);
  const last = days.offsetOf(to);
  const segments: RateSegment[] = [];
  let step = 0;
  while (step + 1 < steps.length && (stepStarts[step + 1] ?? Infinity) <= first) step++;
  let segmentStart = first;
  let hours = 0;
  for (let d = first; d <= last; d++) {
    hours += placement.hoursPerWeek * (shares[d] ?? 0);
    const next = stepStarts[step + 1];
    if (d === last || (next !== undefined && next === d + 1)) {
      segments.push({
        from: days.dateAt(segmentStart),
        to: days.dateAt(d),
        rateCents: steps[step]?.cents ?? 0,
        hours: cleanHours(hours),
      });
      hours = 0;
      segmentStart = d + 1;
      while (stepStarts[step + 1] === d + 1) step++;
    }
  }
  const total = segments.reduce((sum, s) => sum + s.hours, 0);
  const raw = segments.reduce((sum, s) => sum + s.hours * s.rateCents, 0);
  return { placementId: placement.id, month, from, to, hours: cleanHours(total), cents: roundCents(raw), segments };
}

/**
 * Hours worked in `month` by one placement, with its planned revenue per rate; null when the
 * placement does not exist or does not overlap the month. See index.ts for the rules.
 */
export function placementMonthHours(
  workspace: Workspace,
  placementId: string,
  month: Month,
): PlacementMonthHours | null {
  const placement = workspace.placements.find((p) => p.id === placementId);
  return placement ? monthCalculator(workspace, [month])(placement, month) : null;
}
