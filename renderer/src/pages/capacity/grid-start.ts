import type { IsoWeek } from '../../../../shared/schemas/index.ts';

/*
 * The first week the grid shows, kept for the session (sessionStorage). Apart from the page, so
 * the request sent at the very start (early-snapshot.ts) asks for the weeks the grid will show.
 */

export const GRID_START_KEY = 'capacity.start';

/** A week key the app itself wrote, or null. */
export function readGridStart(stored: string): IsoWeek | null {
  return /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(stored) ? stored : null;
}
