import { describe, expect, it } from 'vitest';
import { countsByKind, dailyNoticeDue, type NoticeState } from './daily-notice.ts';
import type { TodayItem } from './today.ts';

const due: NoticeState = { enabled: true, permission: 'granted', shownOn: '2026-11-22', today: '2026-11-23', count: 3 };

describe('the daily Today notice', () => {
  it('shows once a day, when switched on and allowed, and only with something to do', () => {
    expect(dailyNoticeDue(due)).toBe(true);
    expect(dailyNoticeDue({ ...due, shownOn: null })).toBe(true);
    expect(dailyNoticeDue({ ...due, shownOn: '2026-11-23' })).toBe(false);
    expect(dailyNoticeDue({ ...due, enabled: false })).toBe(false);
    expect(dailyNoticeDue({ ...due, permission: 'default' })).toBe(false);
    expect(dailyNoticeDue({ ...due, permission: 'denied' })).toBe(false);
    expect(dailyNoticeDue({ ...due, count: 0 })).toBe(false);
  });

  it('sums the items per kind in the order the Today page lists them', () => {
    const items: TodayItem[] = [
      { kind: 'overbooked', personId: 'p1', first: '2026-W48', last: '2026-W49', weeks: 2, lowest: -4 },
      { kind: 'overdue', requestId: 'r1', title: 'Notulen', deadline: '2026-11-20', daysLate: 3 },
      { kind: 'overdue', requestId: 'r2', title: 'Reis', deadline: '2026-11-11', daysLate: 12 },
    ];
    expect(countsByKind(items)).toEqual([
      { kind: 'overdue', count: 2 },
      { kind: 'overbooked', count: 1 },
    ]);
  });
});
