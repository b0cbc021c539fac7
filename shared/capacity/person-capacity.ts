import type { Person } from '../schemas/index.ts';
import type { LeaveCollector, PersonWeeks } from './availability.ts';
import { createPersonWeeks, fillAvailability } from './availability.ts';
import type { CommitmentCollector, CommitmentSteps } from './commitments.ts';
import { fillCommitments } from './commitments.ts';
import type { PersonAllocations } from './person-index.ts';
import type { Span } from './span.ts';
import { cellOf, hasFigures } from './cell.ts';
import { internCell, type CellTable } from './cell-table.ts';
import type { CapacityCell } from './types.ts';

export type Scratch = {
  pw: PersonWeeks;
  steps: CommitmentSteps;
};

export function createScratch(span: Span): Scratch {
  const steps = (): Float64Array => new Float64Array(span.weeks + 1);
  return { pw: createPersonWeeks(span), steps: { structural: steps(), confirmed: steps(), proposed: steps() } };
}

export type Collectors = CommitmentCollector & { leave: LeaveCollector };

/** Fills `scratch.pw` with one person's weekly figures over the span. */
export function computePerson(
  span: Span,
  person: Person,
  allocations: PersonAllocations,
  scratch: Scratch,
  collect?: Collectors,
): PersonWeeks {
  fillAvailability(span, person, allocations.leave, scratch.pw, collect?.leave, allocations.leavePacked);
  fillCommitments(span, scratch.pw, allocations, scratch.steps, collect);
  return scratch.pw;
}

/**
 * Week w's cell, or `previous` when w's figures are the same: cells are never changed once made,
 * and two in five weeks repeat the week before (no ad-hoc work, no leave), which is the cheapest
 * check. With a `table`, any equal cell made earlier in the computation is shared as well.
 */
export function cellAt(pw: PersonWeeks, w: number, previous?: CapacityCell, table?: CellTable): CapacityCell {
  const contract = pw.contract[w] ?? 0;
  const holiday = pw.holiday[w] ?? 0;
  const leave = pw.leave[w] ?? 0;
  const structural = pw.structural[w] ?? 0;
  const confirmed = pw.placementsConfirmed[w] ?? 0;
  const proposed = pw.placementsProposed[w] ?? 0;
  const adhoc = pw.adhoc[w] ?? 0;
  if (previous && hasFigures(previous, contract, holiday, leave, structural, confirmed, proposed, adhoc))
    return previous;
  return table
    ? internCell(table, contract, holiday, leave, structural, confirmed, proposed, adhoc)
    : cellOf(contract, holiday, leave, structural, confirmed, proposed, adhoc);
}
