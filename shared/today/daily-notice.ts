import type { IsoDate } from '../schemas/index.ts';
import { todayKinds, type TodayItem, type TodayKind } from './today.ts';

export type NoticeState = {
  /** The user's preference; absent or false means no notification at all. */
  enabled: boolean;
  /** What the system or browser allows: a denied permission is never asked again from here. */
  permission: 'granted' | 'denied' | 'default';
  /** The day a notice was last shown on this computer, if any. */
  shownOn: IsoDate | null;
  today: IsoDate;
  count: number;
};

/** At most one notice a day, only when asked for and allowed, and only when there is something to do. */
export function dailyNoticeDue({ enabled, permission, shownOn, today, count }: NoticeState): boolean {
  return enabled && permission === 'granted' && shownOn !== today && count > 0;
}

/** How many items of each kind, in the page's order, leaving out kinds with none: the notice's lines. */
export function countsByKind(items: readonly TodayItem[]): { kind: TodayKind; count: number }[] {
  const counts = new Map<TodayKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return todayKinds.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
}
