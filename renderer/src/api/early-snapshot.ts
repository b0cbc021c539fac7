import { BRIDGE_KEY } from '../../../shared/contract/bridge-key.ts';
import type { Envelope } from '../../../shared/contract/errors.ts';
import { hashKey } from '../app/section-hash.ts';
import { GRID_START_KEY, readGridStart } from '../pages/capacity/grid-start.ts';
import { postOperation, takeToken } from './web-call.ts';

/*
 * The renderer's entry (main.tsx) holds only this module: the workspace is asked for before the
 * app's chunk (React, Mantine, zod, the contract) is evaluated, and the answer travels while that
 * chunk is fetched and compiled (at a cold start the larger part of the wait).
 */

const bridge = window[BRIDGE_KEY];

/** The web host's token, taken out of the address bar once, here, for every later call too. */
export const webToken: string = bridge ? '' : takeToken(window.location, window.sessionStorage, window.history);

/*
 * A start on the capacity grid asks first for the part of the workspace the grid is drawn from,
 * from the first week it will show (see recent-part.ts); the rest follows once it is drawn. Any
 * other page, or the printed report, asks for the whole workspace at once, as it needs it.
 */
const page = hashKey(window.location.hash);
const input =
  page === '' || page === 'capacity'
    ? { recentFrom: readGridStart(window.sessionStorage.getItem(GRID_START_KEY) ?? '') ?? 'this-week' }
    : {};

let early: Promise<Envelope> | null = bridge
  ? bridge.getSnapshot(input)
  : postOperation(webToken, 'getSnapshot', input, null);
// Taken within the same start; until then a failed request must not count as an unhandled rejection.
early.catch(() => undefined);

/** The answer to the first getSnapshot, once; every later call goes out as usual. */
export function takeEarlySnapshot(): Promise<Envelope> | null {
  const answer = early;
  early = null;
  return answer;
}

/** Settles when the first answer is in, whether it is a workspace, an error or a refusal. */
export const earlySnapshotSettled: Promise<void> = early.then(
  () => undefined,
  () => undefined,
);
