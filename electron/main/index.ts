import path from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { createAppServices } from '../services/app-services.ts';
import { systemClock } from '../services/clock.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.ts';
import { electronStoreBackend } from './electron-store-backend.ts';
import { keystoreEncryption } from '../services/storage/encryption/encryption-setup.ts';
import { safeStorageBackend, safeStorageKeystore } from './safe-storage-keystore.ts';
import { installMenu, rememberWindowState, savedWindowBounds, withMenuLanguage } from './desktop.ts';
import { registerIpc } from './ipc.ts';
import { devRendererUrl } from './dev-renderer.ts';
import { handleDownloads, printRouteToPdf } from './report-output.ts';
import { appPermissionCheck, appPermissionRequest, hardenWebContents } from './navigation-rules.ts';
import { mainWindowOptions } from './window-options.ts';
import { openTeamWindow } from './team-window.ts';

const devRenderer = devRendererUrl(app.isPackaged, process.env);

function createWindow(): BrowserWindow {
  const { maximized, ...bounds } = savedWindowBounds(app.getPath('userData'));
  const preload = path.join(import.meta.dirname, '../preload/index.cjs');
  const window = new BrowserWindow({ ...mainWindowOptions(preload), ...bounds });
  if (maximized) window.maximize();
  rememberWindowState(window, app.getPath('userData'));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devRenderer?.href ?? `${APP_ORIGIN}/index.html`);
  return window;
}

function openInBrowser(url: string): void {
  // Only ever called with a URL that passed safeExternalUrl or safeMailtoUrl (see hardenWebContents).
  shell.openExternal(url).catch((error: unknown) => console.error('[secretariaat] could not open link', error));
}

function start(): void {
  // Every renderer sandboxed, not only the windows built from mainWindowOptions.
  app.enableSandbox();
  registerAppScheme();

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openInBrowser));

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler(appPermissionRequest);
    session.defaultSession.setPermissionCheckHandler(appPermissionCheck);
    try {
      const dataDir = app.getPath('userData');
      // safeStorage reports its Linux backend only after 'ready', which is why this waits until here.
      const encryption = await keystoreEncryption(dataDir, await safeStorageKeystore(), safeStorageBackend());
      const services = createAppServices({ dataDir, backend: electronStoreBackend, clock: systemClock(), encryption });
      // PDF export needs a real browser window, which only the main process can give the handlers.
      services.context.printToPdf = (route) =>
        printRouteToPdf(route, path.join(import.meta.dirname, '../preload/index.cjs'));
      services.context.showItemInFolder = (file) => shell.showItemInFolder(file);
      services.context.openTeamWindow = (url) => void openTeamWindow(url);
      installMenu(services);
      registerIpc(withMenuLanguage(services), undefined, devRenderer?.origin ?? null);
      // A snapshot at close makes the next start read one document instead of replaying the day's changes.
      app.on('will-quit', () => services.context.store.close());
    } catch (error) {
      dialog.showErrorBox('Secretariaat', (error as Error).message);
      app.quit();
      return;
    }
    handleDownloads(session.defaultSession);
    serveRenderer(path.join(import.meta.dirname, '../renderer'));
    createWindow();
  });
}

// One instance owns the data file: a second launch focuses the first window and exits without touching it.
if (app.requestSingleInstanceLock()) start();
else app.quit();
