import type { IsoWeek, Person, Workspace } from '../schemas/index.ts';
import { dayIndex, mondayIndex } from './day-index.ts';
import { indexByPerson, noAllocations } from './person-index.ts';
import { cellAt, computePerson, createScratch } from './person-capacity.ts';
import { makeSpan } from './span.ts';
import { addInto, emptyCell, finishTotal } from './cell.ts';
import type { CapacityCell, CapacityGrid, CapacityRow } from './types.ts';

function activeInAny(person: Person, mondays: readonly number[]): boolean {
  const from = dayIndex(person.activeFrom);
  const to = person.activeTo === null ? Number.POSITIVE_INFINITY : dayIndex(person.activeTo);
  return mondays.some((monday) => monday <= to && monday + 6 >= from);
}

/**
 * Capacity per person per week, plus team totals. Weeks may come in any order or with gaps: the
 * work runs over the consecutive weeks from the earliest to the latest and reads out the ones asked.
 */
export function computeCapacityGrid(workspace: Workspace, weeks: IsoWeek[]): CapacityGrid {
  if (weeks.length === 0) return { weeks: [], rows: [], totals: [] };
  const mondays = weeks.map((week) => {
    const monday = mondayIndex(week);
    if (Number.isNaN(monday)) throw new RangeError(`No such ISO week: ${week}`);
    return monday;
  });
  const firstMonday = Math.min(...mondays);
  const span = makeSpan(workspace.settings, firstMonday, (Math.max(...mondays) - firstMonday) / 7 + 1);
  const positions = mondays.map((monday) => (monday - firstMonday) / 7);
  const index = indexByPerson(workspace);
  const scratch = createScratch(span);
  const rows: CapacityRow[] = [];
  const totals = positions.map(emptyCell);
  for (const person of workspace.people) {
    if (!activeInAny(person, mondays)) continue;
    const pw = computePerson(span, person, index.get(person.id) ?? noAllocations, scratch);
    const cells: CapacityCell[] = new Array<CapacityCell>(positions.length);
    for (let i = 0; i < positions.length; i++) {
      const cell = cellAt(pw, positions[i] ?? 0);
      cells[i] = cell;
      addInto(totals[i] ?? emptyCell(), cell);
    }
    rows.push({ personId: person.id, cells });
  }
  return { weeks: [...weeks], rows, totals: totals.map(finishTotal) };
}
