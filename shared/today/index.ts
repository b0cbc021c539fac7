export { TODAY_HORIZON, todayItems, todayKinds } from './today.ts';
export type { TodayItem, TodayKind } from './today.ts';
export { addWorkingDays } from './working-days.ts';
export { countsByKind, dailyNoticeDue } from './daily-notice.ts';
