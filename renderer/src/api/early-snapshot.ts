import { BRIDGE_KEY } from '../../../shared/contract/bridge-key.ts';
import type { Envelope } from '../../../shared/contract/errors.ts';
import { postOperation, takeToken } from './web-call.ts';

/*
 * main.tsx imports this module before anything else. The bundle evaluates modules in import order,
 * so the workspace is asked for before React, Mantine, zod and the contract are evaluated, and the
 * answer travels while they are (at a cold start that evaluation is the larger part of the wait).
 */

const bridge = window[BRIDGE_KEY];

/** The web host's token, taken out of the address bar once, here, for every later call too. */
export const webToken: string = bridge ? '' : takeToken(window.location, window.sessionStorage, window.history);

let early: Promise<Envelope> | null = bridge
  ? bridge.getSnapshot({})
  : postOperation(webToken, 'getSnapshot', {}, null);
// Taken within the same start; until then a failed request must not count as an unhandled rejection.
early.catch(() => undefined);

/** The answer to the first getSnapshot, once; every later call goes out as usual. */
export function takeEarlySnapshot(): Promise<Envelope> | null {
  const answer = early;
  early = null;
  return answer;
}
