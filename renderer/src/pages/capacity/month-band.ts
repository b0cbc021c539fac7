import { weekDays } from '../../../../shared/capacity/index.ts';
import type { IsoWeek } from '../../../../shared/schemas/index.ts';

/** The month (`YYYY-MM`) of the week's Thursday, the rule that also gives an ISO week its year. */
export function weekMonth(week: IsoWeek): string {
  return weekDays(week)[3]!.slice(0, 7);
}

export type MonthSpan = { month: string; weeks: number };

/** The months of the weeks shown, as runs of weeks for the band above the week numbers. */
export function monthSpans(weeks: IsoWeek[]): MonthSpan[] {
  const spans: MonthSpan[] = [];
  for (const week of weeks) {
    const month = weekMonth(week);
    const last = spans.at(-1);
    if (last?.month === month) last.weeks += 1;
    else spans.push({ month, weeks: 1 });
  }
  return spans;
}
