import type { TFunction } from 'i18next';
import type { KeyboardEvent } from 'react';
import type { z } from 'zod';
import { weekDays, weekKey, weekRange } from '../../../../shared/capacity/index.ts';
import { formatDate } from '../../../../shared/format.ts';
import type { IsoDate, IsoWeek, Language } from '../../../../shared/schemas/index.ts';
import { zodValidate } from '../../forms/zod-validate.ts';

// withPeriodCheck speaks to API callers in English; the same rule reaches the user in their language.
const PERIOD_MESSAGE = 'End date is before start date';

/** zodValidate on the record the form will send, with the end-before-start rule translated. */
export function validatePlanning<T>(schema: z.ZodType<unknown>, t: TFunction, toInput: (values: T) => unknown) {
  const validate = zodValidate<unknown>(schema, t);
  return (values: T): Record<string, string> => {
    const input = toInput(values);
    const errors = validate(input);
    const period = schema.safeParse(input).error?.issues.find((issue) => issue.message === PERIOD_MESSAGE);
    if (period) errors[period.path.map(String).join('.')] = t('errors.endBeforeStart');
    return errors;
  };
}

/**
 * Escape cancels an inline form, unless it was meant for an open list or calendar, so closing a
 * dropdown never throws away what was typed. Mantine marks open Select targets; a date input's
 * calendar is only recognisable by being in the document.
 */
export function escapeCancels(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target;
    if (event.key !== 'Escape' || !(target instanceof HTMLElement)) return;
    if (target.getAttribute('data-mantine-stop-propagation') === 'true') return;
    if (target.hasAttribute('data-dates-input') && document.querySelector('[data-dates-dropdown]')) return;
    event.preventDefault();
    onCancel();
  };
}

export function weekNumber(week: IsoWeek): number {
  return Number(week.slice(6));
}

export function weekLabel(week: IsoWeek, language: Language, t: TFunction): string {
  return t('team.week.label', { week: weekNumber(week), date: formatDate(weekDays(week)[0]!, language) });
}

/** The coming 26 weeks from today's week that fall inside the period, as Select options. */
export function comingWeekOptions(
  today: IsoDate,
  period: { from: IsoDate; to: IsoDate | null },
  language: Language,
  t: TFunction,
): { value: IsoWeek; label: string }[] {
  return weekRange(weekKey(today), 26)
    .filter((week) => {
      const days = weekDays(week);
      return days[6]! >= period.from && (period.to === null || days[0]! <= period.to);
    })
    .map((week) => ({ value: week, label: weekLabel(week, language, t) }));
}
