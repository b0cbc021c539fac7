import { BRIDGE_KEY, type Api, type BridgeApi } from '../../../shared/contract/index.ts';
import { createApi, type Invoke } from './create-api.ts';
import { takeEarlySnapshot, webToken } from './early-snapshot.ts';
import { webInvoke } from './web-invoke.ts';

declare global {
  // Augmenting the global Window needs an interface: a type alias cannot merge.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    [BRIDGE_KEY]?: BridgeApi;
  }
}

/** The first workspace load is answered by the request early-snapshot.ts sent at the very start. */
function withEarlySnapshot(invoke: Invoke): Invoke {
  return (name, input) => (name === 'getSnapshot' ? takeEarlySnapshot() : null) ?? invoke(name, input);
}

/** The one check for "is this the desktop app?": only Electron's preload puts the bridge on `window`. */
export function isDesktopApp(): boolean {
  return window[BRIDGE_KEY] !== undefined;
}

/** Picked once at start; after this the UI never knows whether Electron or the web host answers, except through isDesktopApp. */
export function chooseApi(seenRevision: () => number | null): Api {
  const bridge = window[BRIDGE_KEY];
  if (bridge) return createApi(withEarlySnapshot((name, input) => bridge[name as keyof BridgeApi](input)));
  return createApi(withEarlySnapshot(webInvoke(webToken, seenRevision)));
}
