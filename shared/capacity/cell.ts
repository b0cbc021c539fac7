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

/** Whether `cell` was made from these seven figures: its other figures follow from them. */
export function hasFigures(
  cell: CapacityCell,
  contract: number,
  holiday: number,
  leave: number,
  structural: number,
  placementsConfirmed: number,
  placementsProposed: number,
  adhoc: number,
): boolean {
  return (
    cell.contract === contract &&
    cell.holiday === holiday &&
    cell.leave === leave &&
    cell.structural === structural &&
    cell.placementsConfirmed === placementsConfirmed &&
    cell.placementsProposed === placementsProposed &&
    cell.adhoc === adhoc
  );
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

/** The figures of a cell that add up into a team total: all but utilisation, which is a ratio. */
const SUMMED = 11;

/**
 * Team totals kept in one flat array while the rows are computed, week w's figures at w × 11 …:
 * adding into total cells field by field cost a quarter of a 500-person grid.
 */
export function createSums(weekCount: number): Float64Array {
  return new Float64Array(SUMMED * weekCount);
}

export function addToSums(sums: Float64Array, w: number, cell: CapacityCell): void {
  const at = w * SUMMED;
  sums[at] = (sums[at] ?? 0) + cell.contract;
  sums[at + 1] = (sums[at + 1] ?? 0) + cell.holiday;
  sums[at + 2] = (sums[at + 2] ?? 0) + cell.leave;
  sums[at + 3] = (sums[at + 3] ?? 0) + cell.available;
  sums[at + 4] = (sums[at + 4] ?? 0) + cell.structural;
  sums[at + 5] = (sums[at + 5] ?? 0) + cell.placementsConfirmed;
  sums[at + 6] = (sums[at + 6] ?? 0) + cell.placementsProposed;
  sums[at + 7] = (sums[at + 7] ?? 0) + cell.adhoc;
  sums[at + 8] = (sums[at + 8] ?? 0) + cell.committed;
  sums[at + 9] = (sums[at + 9] ?? 0) + cell.spare;
  sums[at + 10] = (sums[at + 10] ?? 0) + cell.spareIfProposed;
}

export function totalFromSums(sums: Float64Array, w: number): CapacityCell {
  const at = w * SUMMED;
  return finishTotal({
    contract: sums[at] ?? 0,
    holiday: sums[at + 1] ?? 0,
    leave: sums[at + 2] ?? 0,
    available: sums[at + 3] ?? 0,
    structural: sums[at + 4] ?? 0,
    placementsConfirmed: sums[at + 5] ?? 0,
    placementsProposed: sums[at + 6] ?? 0,
    adhoc: sums[at + 7] ?? 0,
    committed: sums[at + 8] ?? 0,
    spare: sums[at + 9] ?? 0,
    spareIfProposed: sums[at + 10] ?? 0,
    utilisation: 0,
  });
}

export function emptyCell(): CapacityCell {
  return cellOf(0, 0, 0, 0, 0, 0, 0);
}
