import type { TFunction } from 'i18next';
import { addWeeks, weekDays, weekKey, weekRange } from '../../../../shared/capacity/index.ts';
import { formatDate } from '../../../../shared/format.ts';
import type { IsoDate, IsoWeek, Language } from '../../../../shared/schemas/index.ts';

export function weekLabel(week: IsoWeek, language: Language, t: TFunction): string {
  return t('requests.weekLabel', { week: Number(week.slice(6)), date: formatDate(weekDays(week)[0]!, language) });
}

/** Weeks as Select options, each with the date of its Monday so nobody has to count week numbers. */
export function weekOptions(
  weeks: readonly IsoWeek[],
  language: Language,
  t: TFunction,
): { value: IsoWeek; label: string }[] {
  return weeks.map((week) => ({ value: week, label: weekLabel(week, language, t) }));
}

/** The coming weeks after this one: where a deferral can go. */
export function comingWeeks(today: IsoDate, count = 12): IsoWeek[] {
  return weekRange(addWeeks(weekKey(today), 1), count);
}
