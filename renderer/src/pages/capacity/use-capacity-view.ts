import { useMemo, useState } from 'react';
import { useSessionState } from '../../state/use-stored-state.ts';
import { useRecentSnapshot, useSnapshotFrom } from '../../state/workspace-state.tsx';
import { GRID_START_KEY, readGridStart } from './grid-start.ts';
import {
  addWeeks,
  createCapacityGridCache,
  weekKey,
  weekRange,
  type CapacityGrid,
} from '../../../../shared/capacity/index.ts';
import type { IsoWeek, Person } from '../../../../shared/schemas/index.ts';

export const ranges = [4, 13, 26, 52] as const;
export type RangeSize = (typeof ranges)[number];

export type CapacityFilters = { name: string; skills: string[] };

export type CapacityView = {
  weeks: IsoWeek[];
  thisWeek: IsoWeek;
  grid: CapacityGrid;
  people: Map<string, Person>;
  rows: CapacityGrid['rows'];
};

/** Filters only hide rows; the team total always counts the whole team, as the lead plans with all of it. */
export function filterRows(
  grid: CapacityGrid,
  people: Map<string, Person>,
  filters: CapacityFilters,
): CapacityGrid['rows'] {
  const needle = filters.name.trim().toLowerCase();
  return grid.rows.filter((row) => {
    const person = people.get(row.personId);
    if (!person) return false;
    if (needle && !person.name.toLowerCase().includes(needle)) return false;
    return filters.skills.every((s) => person.skills.includes(s));
  });
}

export function useCapacityView() {
  const thisWeek = weekKey(useRecentSnapshot().today);
  // The range and the first week shown stay for the session, so a look at another page does not reset them.
  const [range, setRange] = useSessionState<RangeSize>(
    'capacity.range',
    13,
    (s) => ranges.find((r) => String(r) === s) ?? null,
  );
  const [start, setStart] = useSessionState<IsoWeek>(GRID_START_KEY, thisWeek, readGridStart);
  const [filters, setFilters] = useState<CapacityFilters>({ name: '', skills: [] });
  const [includeProposed, setIncludeProposed] = useState(false);
  const { workspace } = useSnapshotFrom(start);

  const weeks = useMemo(() => weekRange(start, range), [start, range]);
  // One cache for the page's lifetime: after a change only the rows whose inputs changed are computed.
  const [cache] = useState(createCapacityGridCache);
  const grid = useMemo(() => cache.compute(workspace, weeks), [cache, workspace, weeks]);
  const people = useMemo(() => new Map(workspace.people.map((p) => [p.id, p])), [workspace.people]);
  const rows = useMemo(() => filterRows(grid, people, filters), [grid, people, filters]);
  const sortedRows = useMemo(
    () =>
      rows.toSorted((a, b) => (people.get(a.personId)?.name ?? '').localeCompare(people.get(b.personId)?.name ?? '')),
    [rows, people],
  );

  // One object while its parts stay the same, so the grid is not drawn again for nothing.
  const view = useMemo(
    (): CapacityView => ({ weeks, thisWeek, grid, people, rows: sortedRows }),
    [weeks, thisWeek, grid, people, sortedRows],
  );

  return {
    view,
    range,
    setRange,
    filters,
    setFilters,
    includeProposed,
    setIncludeProposed,
    move: (direction: -1 | 1) => setStart((s) => addWeeks(s, direction * Math.max(1, Math.floor(range / 2)))),
    goToThisWeek: () => setStart(thisWeek),
    goToWeek: (week: IsoWeek) => setStart(week),
  };
}
