import { describe, expect, it } from 'vitest';
import { devRendererUrl } from './dev-renderer.ts';

describe('the development renderer address', () => {
  it('is taken from electron-vite dev only in an unpackaged app and only on loopback http', () => {
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })?.origin).toBe(
      'http://localhost:5173',
    );
    expect(devRendererUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toBeNull();
    expect(devRendererUrl(false, {})).toBeNull();
    for (const url of [
      'https://localhost:5173/',
      'http://evil.example:5173/',
      'http://localhost.evil.example/',
      'file:///tmp/index.html',
      'not a url',
    ]) {
      expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: url })).toBeNull();
    }
  });
});
