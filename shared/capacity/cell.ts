import type { CapacityCell } from './types.ts';

/**
 * Utilisation = committed ÷ available: committed is structural support + confirmed placements +
 * ad hoc request hours; available is contract hours − public holidays given off − leave. Proposed
 * placements do not count. The dashboard's tooltip and the report's note say the same in words.
 * Utilisation is 0 when nothing is available: a ratio over zero hours means nothing, and a finite
 * number keeps charts and JSON sane. Over-booking in such a week still shows as negative spare.
 */
function utilisationOf(committed: number, available: number): number {
  return available > 0 ? committed / available : 0;
}

/** Positional so the grid can build tens of thousands of cells without an argument object each. */
export function cellOf(
  contract: number,
  holiday: number,
  leave: number,
  structural: number,
  placementsConfirmed: number,
  placementsProposed: number,
  adhoc: number,
): CapacityCell {
  const available = contract - holiday - leave;
  // Proposed placements are not yet promised, so they stay out of committed and spare.
  const committed = structural + placementsConfirmed + adhoc;
  const spare = available - committed;
  return {
    contract,
    holiday,
    leave,
    available,
    structural,
    placementsConfirmed,
    placementsProposed,
    adhoc,
    committed,
    spare,
    spareIfProposed: spare - placementsProposed,
    utilisation: utilisationOf(committed, available),
  };
}

/** Adds `cell` into `total` in place; utilisation is left for `finishTotal`. */
export function addInto(total: CapacityCell, cell: CapacityCell): void {
  total.contract += cell.contract;
  total.holiday += cell.holiday;
  total.leave += cell.leave;
  total.available += cell.available;
  total.structural += cell.structural;
  total.placementsConfirmed += cell.placementsConfirmed;
  total.placementsProposed += cell.placementsProposed;
  total.adhoc += cell.adhoc;
  total.committed += cell.committed;
  total.spare += cell.spare;
  total.spareIfProposed += cell.spareIfProposed;
}

/** Team totals add up the rows line by line; the team's utilisation is its own ratio, not a sum. */
export function finishTotal(total: CapacityCell): CapacityCell {
  total.utilisation = utilisationOf(total.committed, total.available);
  return total;
}

export function emptyCell(): CapacityCell {
  return cellOf(0, 0, 0, 0, 0, 0, 0);
}
