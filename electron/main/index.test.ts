import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { appPermissionCheck, appPermissionRequest } from './navigation-rules.ts';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => ({
  lock: true,
  ready: null as null | (() => void),
  listeners: new Map<string, Listener>(),
  app: {} as Record<string, ReturnType<typeof vi.fn>>,
  session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
  registerSchemesAsPrivileged: vi.fn(),
  showErrorBox: vi.fn(),
}));

vi.mock('electron', () => {
  electron.app = {
    requestSingleInstanceLock: vi.fn(() => electron.lock),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => electron.listeners.set(event, listener)),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (electron.ready = resolve))),
    // Opening the store fails on purpose: the test is about what happens before and around it.
    getPath: vi.fn(() => {
      throw new Error('no user data folder in this test');
    }),
  };
  return {
    app: electron.app,
    session: { defaultSession: electron.session },
    protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged, handle: vi.fn() },
    dialog: { showErrorBox: electron.showErrorBox },
    BrowserWindow: vi.fn(),
    shell: { openExternal: vi.fn() },
    ipcMain: { handle: vi.fn() },
  };
});

// electron-store loads the real electron package (node_modules are not mocked), which would try to download it.
vi.mock('./electron-store-backend.ts', () => ({ electronStoreBackend: vi.fn() }));

async function startMain(lock: boolean) {
  electron.lock = lock;
  electron.listeners.clear();
  electron.ready = null;
  vi.resetModules();
  vi.clearAllMocks();
  await import('./index.ts');
}

describe('the main process', () => {
  beforeEach(() => vi.resetModules());

  it('quits at once when another instance holds the lock, touching nothing', async () => {
    await startMain(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.listeners.size).toBe(0);
  });

  it('sandboxes every renderer and hardens every web contents it creates', async () => {
    await startMain(true);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) },
    ]);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.listeners.get('web-contents-created')?.({}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual([
      'will-navigate',
      'will-redirect',
      'will-attach-webview',
    ]);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(electron.listeners.has('second-instance')).toBe(true);
  });

  it('denies every permission but notifications before anything else runs, and says so when the data cannot open', async () => {
    await startMain(true);
    electron.ready?.();
    await vi.waitFor(() => expect(electron.showErrorBox).toHaveBeenCalled());
    const request = electron.session.setPermissionRequestHandler.mock.calls[0]?.[0] as typeof appPermissionRequest;
    const check = electron.session.setPermissionCheckHandler.mock.calls[0]?.[0] as typeof appPermissionCheck;
    const callback = vi.fn();
    request(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check(null, 'media')).toBe(false);
    expect(check(null, 'notifications')).toBe(true);
    expect(electron.app.quit).toHaveBeenCalled();
  });
});
