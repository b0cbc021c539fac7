import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, safeMailtoUrl } from '../../shared/security/external-url.ts';
import {
  appPermissionCheck,
  appPermissionRequest,
  decideWindowOpen,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  hardenWebContents,
  type ContentsToHarden,
} from './navigation-rules.ts';

type Listener = (event: { preventDefault: () => void }) => void;

/** Just enough of a WebContents to see which listeners the rules attach. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  const fire = (event: string) => {
    const preventDefault = vi.fn();
    for (const listener of listeners.get(event) ?? []) listener({ preventDefault });
    return preventDefault;
  };
  return { contents: contents as unknown as ContentsToHarden, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('navigation and new windows', () => {
  it('cancels every navigation, redirect and webview attach', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(fire(event), event).toHaveBeenCalledTimes(1);
    }
  });

  it('denies every new window and sends only a plain https link to the system browser', () => {
    const openExternal = vi.fn();
    const { contents, open } = fakeContents();
    hardenWebContents(contents, openExternal);
    expect(open('https://www.rijksoverheid.nl/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('app://secretariaat/index.html')).toEqual({ action: 'deny' });
    expect(open('https://ex\u0430mple.com/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.rijksoverheid.nl/']]);
  });

  it('opens a link externally exactly when the validator accepts it, and always denies the window', () => {
    const url = fc.oneof(fc.webUrl({ validSchemes: ['https', 'http', 'file', 'javascript'] }), fc.string());
    fc.assert(
      fc.property(url, (candidate) => {
        const openExternal = vi.fn();
        expect(decideWindowOpen(candidate, openExternal)).toEqual({ action: 'deny' });
        expect(openExternal).toHaveBeenCalledTimes(
          isSafeExternalUrl(candidate) || safeMailtoUrl(candidate) !== null ? 1 : 0,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('hands a checked mail draft to the mail program, and refuses one that adds recipients', () => {
    const openExternal = vi.fn();
    decideWindowOpen('mailto:a@example.org?subject=Hoi&body=Dag%0D%0A', openExternal);
    decideWindowOpen('mailto:a@example.org?subject=Hoi&bcc=b@example.org', openExternal);
    expect(openExternal.mock.calls).toEqual([['mailto:a@example.org?subject=Hoi&body=Dag%0D%0A']]);
  });

  it('passes the checked, normalised link to the browser, not the raw text', () => {
    const openExternal = vi.fn();
    decideWindowOpen('HTTPS://Example.com:443/a', openExternal);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a');
  });

  it('denyNavigation prevents the default action', () => {
    const preventDefault = vi.fn();
    denyNavigation({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses a %s request and answers a check with no',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(denyPermissionCheck()).toBe(false);
    },
  );
});

describe("the app window's permissions", () => {
  it('allows notifications, for the daily Today notice', () => {
    const callback = vi.fn();
    appPermissionRequest(null, 'notifications', callback);
    expect(callback).toHaveBeenCalledWith(true);
    expect(appPermissionCheck(null, 'notifications')).toBe(true);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'still refuses a %s request and check',
    (permission) => {
      const callback = vi.fn();
      appPermissionRequest(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(appPermissionCheck(null, permission)).toBe(false);
    },
  );
});
