import type { TFunction } from 'i18next';
import { weekDays } from '../../../../shared/capacity/index.ts';
import { formatDate, formatHours } from '../../../../shared/format.ts';
import type { CoverRun } from '../../../../shared/planning/cover-runs.ts';
import { roundHalfAway } from '../../../../shared/rounding.ts';
import type { Language } from '../../../../shared/schemas/index.ts';

const weekNumber = (week: string): number => Number(week.slice(6));

/** "wk 50" or "wk 50–51": the run as the lead names it. */
export function runWeeks(run: Pick<CoverRun, 'weeks'>, t: TFunction): string {
  const first = run.weeks[0]!;
  const last = run.weeks.at(-1)!;
  return first === last
    ? t('capacity.coverage.weekOne', { week: weekNumber(first) })
    : t('capacity.coverage.weekSpan', { from: weekNumber(first), to: weekNumber(last) });
}

/** The calendar days of the run, Monday of the first week to Sunday of the last. */
export function runDates(run: Pick<CoverRun, 'weeks'>, language: Language): string {
  return `${formatDate(weekDays(run.weeks[0]!)[0]!, language)} – ${formatDate(weekDays(run.weeks.at(-1)!)[6]!, language)}`;
}

export const hoursText = (hours: number, language: Language): string => formatHours(roundHalfAway(hours, 2), language);

/** A candidate's spare hours in each week of the run, e.g. "wk 50: 6 u · wk 51: 4,5 u". */
export function spareText(
  run: Pick<CoverRun, 'weeks'>,
  spare: readonly number[],
  t: TFunction,
  language: Language,
): string {
  return run.weeks
    .map((w, i) =>
      t('capacity.coverage.spareWeek', {
        week: weekNumber(w),
        hours: formatHours(roundHalfAway(spare[i] ?? 0, 1), language),
      }),
    )
    .join(' · ');
}
