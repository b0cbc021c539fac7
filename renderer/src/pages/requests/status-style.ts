import type { RequestStatus } from '../../../../shared/schemas/index.ts';

/** One colour per status, the same in the queue, the drawer and anywhere else a status shows. */
export const statusColour: Record<RequestStatus, string> = {
  new: 'blue',
  assigned: 'teal',
  in_progress: 'violet',
  done: 'gray',
  declined: 'red',
  deferred: 'orange',
};

/** Sorting by status follows the flow, not the alphabet of whichever language is on. */
export const statusOrder: Record<RequestStatus, number> = {
  new: 0,
  assigned: 1,
  in_progress: 2,
  deferred: 3,
  done: 4,
  declined: 5,
};

/** Row tints: overdue work red, unassigned work close to its deadline orange. */
export const rowTint = { overdue: 'var(--mantine-color-red-1)', close: 'var(--mantine-color-orange-1)' } as const;
