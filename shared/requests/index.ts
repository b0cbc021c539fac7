export { actionsFor, applyAction, openStatuses, violationsOf } from './status.ts';
export type { ActionKind, ActionResult, RequestAction, RuleName, RuleViolation } from './status.ts';
export { mergeAssignments, splitEvenly, splitHours, splitOver, toQuarters, totalHours } from './split.ts';
export {
  ageInDays,
  CLOSE_TO_DEADLINE_DAYS,
  isOverdue,
  isUnassignedCloseToDeadline,
  planningWindow,
  weeksBetween,
} from './flags.ts';
export { buildQueueRows, filterQueue, noFilters, queueGroups, queueMatcher } from './queue.ts';
export type { QueueFilters, QueueRow } from './queue.ts';
export { suggestFor } from './suggest.ts';
export type { Suggestions } from './suggest.ts';
export { occurrences, occurrencesBetween } from './recurrence.ts';
export type { Occurrence } from './recurrence.ts';
export {
  changeFrom,
  datesToPlan,
  HORIZON_DAYS,
  leadDaysOf,
  MIN_AHEAD,
  occurrenceRequest,
  planSeries,
  seriesDue,
  stopAfter,
  untouched,
} from './series.ts';
