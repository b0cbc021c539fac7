import type { IncomeEntry, Month, Workspace } from '../schemas/index.ts';
import { monthOf } from './months.ts';
import type { MonthIncome } from './types.ts';

/** Other income (sponsoring, training, …) per month of its date; amounts are whole cents already. */
export function otherIncomeByMonth(workspace: Pick<Workspace, 'income'>, months: readonly Month[]): MonthIncome[] {
  const byMonth = new Map<Month, IncomeEntry[]>();
  for (const entry of workspace.income) {
    const month = monthOf(entry.date);
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry]);
  }
  return months.map((month) => {
    const entries = byMonth.get(month) ?? [];
    const byKind: MonthIncome['byKind'] = { sponsoring: 0, training: 0, other: 0 };
    for (const e of entries) byKind[e.kind] += e.amountCents;
    return {
      month,
      cents: entries.reduce((sum, e) => sum + e.amountCents, 0),
      byKind,
      entryIds: entries.map((e) => e.id),
    };
  });
}
