import { describe, expect, it } from 'vitest';
import { mainWindowOptions, TEAM_PARTITION, teamWindowOptions } from './window-options.ts';

describe('the main window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');

  it('run the page sandboxed and isolated, without Node and with web security on', () => {
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: true,
      v8CacheOptions: 'bypassHeatCheck',
    });
  });

  it('enable no Blink features and set no extra command-line switches', () => {
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
    expect(options.webPreferences).not.toHaveProperty('partition');
  });

  it('keep the window hidden until the page is ready, so no blank window flashes', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Secretariaat');
  });

  it('give every window its own copy, so one caller cannot weaken another window', () => {
    const first = mainWindowOptions('/a');
    first.webPreferences!.sandbox = false;
    expect(mainWindowOptions('/a').webPreferences?.sandbox).toBe(true);
  });
});

describe('a team workspace window', () => {
  it('keeps every hardened option, has no preload (no bridge to local data), its own cookie jar, and names the server', () => {
    const options = teamWindowOptions('https://plan.example.nl:8443/');
    const base = mainWindowOptions('/preload.cjs');
    expect(options.webPreferences).not.toHaveProperty('preload');
    const { preload: _p, ...hardened } = base.webPreferences!;
    expect(options.webPreferences).toEqual({ ...hardened, partition: TEAM_PARTITION });
    expect(options.title).toBe('Secretariaat — plan.example.nl:8443');
  });
});
