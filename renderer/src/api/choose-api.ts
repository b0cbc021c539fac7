import { BRIDGE_KEY, type Api, type BridgeApi } from '../../../shared/contract/index.ts';
import { createApi } from './create-api.ts';
import { takeToken, webInvoke } from './web-invoke.ts';

declare global {
  // Augmenting the global Window needs an interface: a type alias cannot merge.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    [BRIDGE_KEY]?: BridgeApi;
  }
}

/** Picked once at start; after this the UI never knows whether Electron or the web host answers. */
export function chooseApi(seenRevision: () => number | null): Api {
  const bridge = window[BRIDGE_KEY];
  if (bridge) return createApi((name, input) => bridge[name as keyof BridgeApi](input));
  return createApi(webInvoke(takeToken(window.location, window.sessionStorage, window.history), seenRevision));
}
