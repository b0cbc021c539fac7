import { cellOf, hasFigures } from './cell.ts';
import type { CapacityCell } from './types.ts';

/*
 * The cells of one grid computation, kept by their seven input figures so that equal weeks share
 * one object. A 500-person grid over two years holds 51,688 cells but only about 6,700 distinct
 * ones, and the cell objects with their boxed doubles were most of what a computation allocated
 * (some 11 MB each time, and the garbage collector's copying of it). Cells are never changed once
 * made, so sharing them is safe; their derived figures follow from the seven inputs alone.
 */

export type CellTable = {
  /** Open addressing: slot → 1 + index into `cells`, 0 when free. */
  slots: Int32Array;
  cells: CapacityCell[];
};

const FIRST_CAPACITY = 1 << 14;

export function createCellTable(): CellTable {
  return { slots: new Int32Array(FIRST_CAPACITY), cells: [] };
}

/** Forgets every cell, so cells of an earlier computation are not kept alive by the table. */
export function clearCellTable(table: CellTable): void {
  if (table.cells.length === 0) return;
  table.slots.fill(0);
  table.cells.length = 0;
}

/** Hours in 64ths: equal figures always land together; near ones may share a slot and are told apart when compared. */
const q = (hours: number): number => (hours * 64) | 0;

function hashOf(a: number, b: number, c: number, d: number, e: number, f: number, g: number): number {
  let h = q(a);
  h = Math.imul(h ^ q(b), 0x01000193);
  h = Math.imul(h ^ q(c), 0x01000193);
  h = Math.imul(h ^ q(d), 0x01000193);
  h = Math.imul(h ^ q(e), 0x01000193);
  h = Math.imul(h ^ q(f), 0x01000193);
  h = Math.imul(h ^ q(g), 0x01000193);
  return h ^ (h >>> 15);
}

function place(table: CellTable, cell: CapacityCell, index: number): void {
  const { slots } = table;
  const mask = slots.length - 1;
  const h = hashOf(
    cell.contract,
    cell.holiday,
    cell.leave,
    cell.structural,
    cell.placementsConfirmed,
    cell.placementsProposed,
    cell.adhoc,
  );
  let slot = h & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = index + 1;
}

/** Kept at most half full, so a search ends after a slot or two. */
function grow(table: CellTable): void {
  table.slots = new Int32Array(table.slots.length * 2);
  table.cells.forEach((cell, i) => place(table, cell, i));
}

/** The table's cell with these figures, made (as `cellOf` makes it) when it has none yet. */
export function internCell(
  table: CellTable,
  contract: number,
  holiday: number,
  leave: number,
  structural: number,
  placementsConfirmed: number,
  placementsProposed: number,
  adhoc: number,
): CapacityCell {
  const { slots, cells } = table;
  const mask = slots.length - 1;
  let slot = hashOf(contract, holiday, leave, structural, placementsConfirmed, placementsProposed, adhoc) & mask;
  for (let taken = slots[slot] ?? 0; taken !== 0; taken = slots[slot] ?? 0) {
    const cell = cells[taken - 1];
    if (cell && hasFigures(cell, contract, holiday, leave, structural, placementsConfirmed, placementsProposed, adhoc))
      return cell;
    slot = (slot + 1) & mask;
  }
  const cell = cellOf(contract, holiday, leave, structural, placementsConfirmed, placementsProposed, adhoc);
  slots[slot] = cells.length + 1;
  cells.push(cell);
  if (cells.length * 2 > slots.length) grow(table);
  return cell;
}
