import { format, parseISO } from 'date-fns';
import type { Clock } from './handlers/index.ts';

/** A fixed "today" (SECRETARIAAT_TODAY=YYYY-MM-DD) makes demos, screenshots and tests repeatable. */
export function systemClock(fixedToday: string | undefined = process.env.SECRETARIAAT_TODAY): Clock {
  if (fixedToday) {
    const base = parseISO(fixedToday);
    return { today: () => fixedToday, now: () => new Date(base.getTime() + (Date.now() % 86_400_000)) };
  }
  return { today: () => format(new Date(), 'yyyy-MM-dd'), now: () => new Date() };
}
