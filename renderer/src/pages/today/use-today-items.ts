import { todayItems, type TodayItem } from '../../../../shared/today/index.ts';
import type { IsoDate, Workspace } from '../../../../shared/schemas/index.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';

// The badge in the navigation and the page show the same list: computed once per workspace version.
let last: { workspace: Workspace; today: IsoDate; items: TodayItem[] } | null = null;

function itemsFor(workspace: Workspace, today: IsoDate): TodayItem[] {
  if (last?.workspace !== workspace || last.today !== today)
    last = { workspace, today, items: todayItems(workspace, today) };
  return last.items;
}

/** The Today list for the workspace as it is now. */
export function useTodayItems(): TodayItem[] {
  const { workspace, today } = useSnapshot();
  return itemsFor(workspace, today);
}
