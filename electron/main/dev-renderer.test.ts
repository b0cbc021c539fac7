import { describe, expect, it } from 'vitest';
import { devRendererUrl } from './dev-renderer.ts';
import { isTrustedSenderUrl } from './ipc.ts';

describe('the development renderer address', () => {
  it('is taken from electron-vite dev only in an unpackaged app and only on loopback http', () => {
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })?.origin).toBe('http://localhost:5173');
    expect(devRendererUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toBeNull();
    expect(devRendererUrl(false, {})).toBeNull();
    for (const url of ['https://localhost:5173/', 'http://evil.example:5173/', 'http://localhost.evil.example/', 'file:///tmp/index.html', 'not a url']) {
      expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: url })).toBeNull();
    }
  });

  it('makes the IPC bridge answer that origin too, and nothing else besides app://', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSenderUrl('http://localhost:5173/#/team', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', null)).toBe(false);
    expect(isTrustedSenderUrl('app://secretariaat/index.html', dev)).toBe(true);
  });
});
