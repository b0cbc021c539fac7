import type { IsoWeek, Person, Settings, Workspace } from '../schemas/index.ts';
import { dayIndex, mondayIndex } from './day-index.ts';
import { cellAt, computePerson, createScratch, type Scratch } from './person-capacity.ts';
import {
  allocationsFrom,
  createPersonInputs,
  sameLists,
  type PersonInputsCache,
  type PersonLists,
} from './person-inputs.ts';
import { makeSpan, type Span } from './span.ts';
import { clearCellTable, createCellTable, type CellTable } from './cell-table.ts';
import { addInto, addToSums, createSums, emptyCell, finishTotal, hasFigures, totalFromSums } from './cell.ts';
import type { CapacityCell, CapacityGrid, CapacityRow } from './types.ts';

/** The weeks asked for, laid out on the span of consecutive weeks from the earliest to the latest. */
type Frame = {
  key: string;
  span: Span;
  mondays: number[];
  positions: number[];
  scratch: Scratch;
  inputs: PersonInputsCache;
  cells: CellTable;
};

/** Holidays and the weeks asked for shape every row: when either changes, no row can be kept. */
function frameKey(settings: Pick<Settings, 'holidayRules'>, weeks: readonly IsoWeek[]): string {
  return `${JSON.stringify(settings.holidayRules)}|${weeks.join(',')}`;
}

function makeFrame(settings: Settings, weeks: readonly IsoWeek[], key: string): Frame {
  const mondays = weeks.map((week) => {
    const monday = mondayIndex(week);
    if (Number.isNaN(monday)) throw new RangeError(`No such ISO week: ${week}`);
    return monday;
  });
  const firstMonday = Math.min(...mondays);
  const span = makeSpan(settings, firstMonday, (Math.max(...mondays) - firstMonday) / 7 + 1);
  const positions = mondays.map((monday) => (monday - firstMonday) / 7);
  return {
    key,
    span,
    mondays,
    positions,
    scratch: createScratch(span),
    inputs: createPersonInputs(span),
    cells: createCellTable(),
  };
}

function activeInAny(person: Person, mondays: readonly number[]): boolean {
  const from = dayIndex(person.activeFrom);
  const to = person.activeTo === null ? Number.POSITIVE_INFINITY : dayIndex(person.activeTo);
  return mondays.some((monday) => monday <= to && monday + 6 >= from);
}

/**
 * A person's row, or null when they are active in none of the weeks. With `sums` the row's cells
 * are also added into the team totals, for a grid whose every row is computed afresh.
 */
function computeRow(frame: Frame, person: Person, lists: PersonLists, sums: Float64Array | null): CapacityRow | null {
  if (!activeInAny(person, frame.mondays)) return null;
  const pw = computePerson(frame.span, person, allocationsFrom(lists), frame.scratch);
  const { positions } = frame;
  const cells = new Array<CapacityCell>(positions.length);
  let previous: CapacityCell | undefined;
  for (let i = 0; i < positions.length; i++) {
    const cell = cellAt(pw, positions[i] ?? 0, previous, frame.cells);
    cells[i] = cell;
    previous = cell;
    if (sums) addToSums(sums, i, cell);
  }
  return { personId: person.id, cells };
}

/** Row by row rather than week by week: each row's cells sit together in memory. */
function allTotals(rows: readonly CapacityRow[], weekCount: number): CapacityCell[] {
  const totals = Array.from({ length: weekCount }, emptyCell);
  for (const row of rows) {
    for (let w = 0; w < weekCount; w++) addInto(totals[w] ?? emptyCell(), row.cells[w] ?? emptyCell());
  }
  return totals.map(finishTotal);
}

function totalAt(rows: readonly CapacityRow[], w: number): CapacityCell {
  const total = emptyCell();
  for (const row of rows) addInto(total, row.cells[w] ?? emptyCell());
  return finishTotal(total);
}

function sameFigures(a: CapacityCell | undefined, b: CapacityCell | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    hasFigures(a, b.contract, b.holiday, b.leave, b.structural, b.placementsConfirmed, b.placementsProposed, b.adhoc)
  );
}

/**
 * Team totals, summed row by row in team order as a full computation would, but only for the
 * weeks in which a recomputed row's figures moved; the other weeks keep last time's totals.
 */
function totalsOf(rows: readonly CapacityRow[], previous: CapacityGrid | null, weekCount: number): CapacityCell[] {
  const before = previous?.rows;
  const sameRows = before?.length === rows.length && rows.every((row, i) => before[i]?.personId === row.personId);
  if (!previous || !before || !sameRows) return allTotals(rows, weekCount);
  const moved = new Uint8Array(weekCount);
  rows.forEach((row, i) => {
    const old = before[i];
    if (!old || old === row) return;
    for (let w = 0; w < weekCount; w++) if (!sameFigures(old.cells[w], row.cells[w])) moved[w] = 1;
  });
  return previous.totals.map((total, w) => (moved[w] === 1 ? totalAt(rows, w) : total));
}

type RowEntry = { person: Person; lists: PersonLists; row: CapacityRow | null };

export type CapacityGridCache = { compute(workspace: Workspace, weeks: readonly IsoWeek[]): CapacityGrid };

/**
 * A grid that remembers each person's row together with the inputs it came from (the person and
 * their structural support, placements, leave and ad-hoc assignments, compared by identity), so
 * after a change only the rows whose inputs changed are computed again. Built for workspace
 * revisions that share unchanged records, as immer's produce does.
 */
export function createCapacityGridCache(): CapacityGridCache {
  let frame: Frame | null = null;
  let entries = new Map<string, RowEntry>();
  let last: CapacityGrid | null = null;
  return {
    compute(workspace, weeks) {
      if (weeks.length === 0) return { weeks: [], rows: [], totals: [] };
      const key = frameKey(workspace.settings, weeks);
      if (frame?.key !== key) {
        frame = makeFrame(workspace.settings, weeks, key);
        entries = new Map();
        last = null;
      }
      const current = frame.inputs.update(workspace);
      clearCellTable(frame.cells);
      // With nothing kept, every row is new and the totals are added up as the rows are computed, in team order.
      const sums = entries.size === 0 ? createSums(weeks.length) : null;
      const next = new Map<string, RowEntry>();
      const rows: CapacityRow[] = [];
      let computed = 0;
      for (const person of workspace.people) {
        const lists = current.listsOf(person.id);
        const kept = entries.get(person.id);
        const reuse = kept !== undefined && kept.person === person && sameLists(kept.lists, lists);
        const entry = reuse ? kept : { person, lists, row: computeRow(frame, person, lists, sums) };
        if (!reuse) computed++;
        next.set(person.id, entry);
        if (entry.row) rows.push(entry.row);
      }
      entries = next;
      // Nothing moved: the same grid, so a view that compares it by identity is not drawn again.
      const before = last;
      if (computed === 0 && before?.rows.length === rows.length && rows.every((row, i) => before.rows[i] === row))
        return before;
      const totals = sums
        ? Array.from({ length: weeks.length }, (_, w) => totalFromSums(sums, w))
        : totalsOf(rows, last, weeks.length);
      last = { weeks: [...weeks], rows, totals };
      return last;
    },
  };
}

/**
 * Capacity per person per week, plus team totals. Weeks may come in any order or with gaps: the
 * work runs over the consecutive weeks from the earliest to the latest and reads out the ones asked.
 */
export function computeCapacityGrid(workspace: Workspace, weeks: readonly IsoWeek[]): CapacityGrid {
  return createCapacityGridCache().compute(workspace, weeks);
}
