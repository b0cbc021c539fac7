import { addDays, format, getISODay, parseISO } from 'date-fns';
import { daysOff } from '../capacity/index.ts';
import type { IsoDate, Settings } from '../schemas/index.ts';

/**
 * The date `count` working days after `from` (Monday to Friday, minus the holidays the organisation
 * gives off): "due within five working days" reads past a weekend and Christmas as a lead does.
 */
export function addWorkingDays(settings: Pick<Settings, 'holidayRules'>, from: IsoDate, count: number): IsoDate {
  const start = parseISO(from);
  // A year's holidays on each side is enough for any count a lead uses; looked up once.
  const off = daysOff(settings, start.getFullYear(), start.getFullYear() + 1);
  let day = start;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (getISODay(day) <= 5 && !off.has(format(day, 'yyyy-MM-dd'))) left -= 1;
  }
  return format(day, 'yyyy-MM-dd');
}
