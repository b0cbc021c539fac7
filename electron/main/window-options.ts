import type { BrowserWindowConstructorOptions } from 'electron';

/** Every window is built from these options, so no window can be created with weaker settings. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Secretariaat',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click would otherwise try to open a window; the window-open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: true,
      /*
       * Chromium keeps compiled code for a script only from its second run on and uses it from the
       * third, so the second start after an install or update compiled everything again and wrote
       * the cache (in Chromium here it took 70–120 ms longer than the third). Without the heat
       * check the first start writes it (only what ran), and the second start is the warm one.
       */
      v8CacheOptions: 'bypassHeatCheck',
    },
  };
}

/** The session partition of team workspace windows: a team server's cookies never mix with anything else the app loads. */
export const TEAM_PARTITION = 'persist:team-workspace';

/**
 * A window on a team server: the same hardened options, but no preload, so the server's page has
 * no bridge to this computer's data, and a cookie jar of its own.
 */
export function teamWindowOptions(url: string): BrowserWindowConstructorOptions {
  const base = mainWindowOptions('');
  const { preload: _none, ...webPreferences } = base.webPreferences ?? {};
  return {
    ...base,
    title: `Secretariaat — ${new URL(url).host}`,
    webPreferences: { ...webPreferences, partition: TEAM_PARTITION },
  };
}
