/**
 * Where the Electron preload puts the api on `window`. Its own module, free of schemas, so the
 * renderer's first module can look for the bridge before the contract is built.
 */
export const BRIDGE_KEY = 'secretariaat';
