import {
  getCoreRowModel,
  getFilteredRowModel,
  useReactTable,
  type FilterFn,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { queueMatcher, type QueueFilters, type QueueRow } from '../../../../shared/requests/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { flatSortedRowModel } from './flat-sorted-row-model.ts';
import { queueColumns } from './queue-columns.tsx';

// The filter value becomes one matcher per filter change, so each row costs a single call.
const matchFilter: FilterFn<QueueRow> = (row, _columnId, matches: (row: QueueRow) => boolean) => matches(row.original);
matchFilter.resolveFilterValue = (filters: QueueFilters) => queueMatcher(filters);

/**
 * The queue as a react-table. All rows go in once per snapshot and the filters run as one column
 * filter on a hidden column: rows (and their cached sort values) are built once, not again on
 * every keystroke in the search box.
 */
export function useQueueTable(
  rows: QueueRow[],
  filters: QueueFilters,
  sorting: SortingState,
  onSortingChange: OnChangeFn<SortingState>,
) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = useMemo(
    () => [
      ...queueColumns(t, language),
      { id: 'match', accessorFn: (r: QueueRow) => r.request.id, filterFn: matchFilter, enableSorting: false },
    ],
    [t, language],
  );
  const columnFilters = useMemo(() => [{ id: 'match', value: filters }], [filters]);
  return useReactTable({
    data: rows,
    columns,
    state: { sorting, columnFilters, columnVisibility: { match: false } },
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: flatSortedRowModel(),
    getRowId: (row) => row.request.id,
    enableSortingRemoval: false,
  });
}
