import { createTable, getCoreRowModel, type SortingState } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { flatSortedRowModel } from './flat-sorted-row-model.ts';

type Item = { id: string; name: string; hours: number };
const data: Item[] = [
  { id: 'a', name: 'noor', hours: 3 },
  { id: 'b', name: 'anna', hours: 8 },
  { id: 'c', name: 'bram', hours: 3 },
  { id: 'd', name: 'anna', hours: 1 },
];

function sortedIds(sorting: SortingState): string[] {
  const table = createTable<Item>({
    data,
    columns: [
      { id: 'name', accessorFn: (r) => r.name },
      { id: 'hours', accessorFn: (r) => r.hours },
    ],
    state: { sorting },
    onStateChange: () => {},
    renderFallbackValue: null,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: flatSortedRowModel(),
    getRowId: (r) => r.id,
  });
  return table.getRowModel().rows.map((r) => r.id);
}

describe('the queue’s sorted row model', () => {
  it('sorts ascending and descending, keeping ties in their incoming order', () => {
    expect(sortedIds([{ id: 'name', desc: false }])).toEqual(['b', 'd', 'c', 'a']);
    expect(sortedIds([{ id: 'hours', desc: true }])).toEqual(['b', 'a', 'c', 'd']);
  });

  it('breaks ties on the next sort column, and leaves the order alone without sorting', () => {
    expect(
      sortedIds([
        { id: 'name', desc: false },
        { id: 'hours', desc: false },
      ]),
    ).toEqual(['d', 'b', 'c', 'a']);
    expect(sortedIds([])).toEqual(['a', 'b', 'c', 'd']);
  });
});
