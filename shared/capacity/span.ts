import type { HolidayKey, IsoDate, IsoWeek, Settings } from '../schemas/index.ts';
import { dayIndex, isoDateOf, mondayIndex } from './day-index.ts';
import { daysOff } from './holidays.ts';

/**
 * A run of consecutive weeks that one calculation covers. Days inside it are offsets from the
 * first Monday (0 … days-1), so week w holds days 7w … 7w+6.
 */
export type Span = {
  start: number;
  weeks: number;
  days: number;
  holidayFlags: Uint8Array;
  holidays: readonly { offset: number; date: IsoDate; key: HolidayKey }[];
};

export function makeSpan(settings: Pick<Settings, 'holidayRules'>, firstMonday: number, weeks: number): Span {
  const days = weeks * 7;
  const fromYear = Number(isoDateOf(firstMonday).slice(0, 4));
  const toYear = Number(isoDateOf(firstMonday + days - 1).slice(0, 4));
  const holidayFlags = new Uint8Array(days);
  const holidays: { offset: number; date: IsoDate; key: HolidayKey }[] = [];
  for (const [date, key] of daysOff(settings, fromYear, toYear)) {
    const offset = dayIndex(date) - firstMonday;
    if (offset < 0 || offset >= days) continue;
    holidayFlags[offset] = 1;
    holidays.push({ offset, date, key });
  }
  holidays.sort((a, b) => a.offset - b.offset);
  return { start: firstMonday, weeks, days, holidayFlags, holidays };
}

/** Position of a week in the span, or -1 when it lies outside (or names no real week). */
export function weekPosition(span: Pick<Span, 'start' | 'weeks'>, week: IsoWeek): number {
  const monday = mondayIndex(week);
  if (Number.isNaN(monday)) return -1;
  const pos = (monday - span.start) / 7;
  return pos >= 0 && pos < span.weeks ? pos : -1;
}

/** Offset of a date in the span; may fall outside 0 … days-1, callers clip. */
export function offsetOf(span: Span, date: IsoDate): number {
  return dayIndex(date) - span.start;
}
