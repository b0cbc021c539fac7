import { roundHalfAway } from '../rounding.ts';
import type { IsoWeek } from '../schemas/index.ts';
import { cellBand, type CellBand } from './bands.ts';
import type { CapacityCell, CapacityGrid } from './types.ts';

/*
 * The capacity grid as a table to write out: the people in the order and selection shown, each week
 * with the spare hours the grid prints (one decimal, ties away from zero) and its colour band.
 */

export type SheetCell = { hours: number; band: CellBand };
export type GridSheet = {
  weeks: IsoWeek[];
  total: SheetCell[];
  rows: { personId: string; name: string; cells: SheetCell[] }[];
};

const shown = (hours: number) => roundHalfAway(hours, 1);

export function gridSheet(
  grid: CapacityGrid,
  names: ReadonlyMap<string, string>,
  personIds: readonly string[],
  includeProposed: boolean,
): GridSheet {
  const spareOf = (cell: CapacityCell) => (includeProposed ? cell.spareIfProposed : cell.spare);
  const byPerson = new Map(grid.rows.map((row) => [row.personId, row]));
  const rows = personIds.flatMap((personId) => {
    const row = byPerson.get(personId);
    if (!row) return [];
    return [
      {
        personId,
        name: names.get(personId) ?? personId,
        cells: row.cells.map((cell) => ({ hours: shown(spareOf(cell)), band: cellBand(cell, spareOf(cell)) })),
      },
    ];
  });
  // The team total is banded against the team's contract hours, as on screen.
  const total = grid.totals.map((cell) => ({
    hours: shown(spareOf(cell)),
    band: cellBand(cell, spareOf(cell), cell.contract),
  }));
  return { weeks: [...grid.weeks], total, rows };
}
