import path from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { isSafeExternalUrl } from '../../shared/security/external-url.ts';
import { createAppServices } from '../services/app-services.ts';
import { systemClock } from '../services/clock.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.ts';
import { electronStoreBackend } from './electron-store-backend.ts';
import { registerIpc } from './ipc.ts';
import { mainWindowOptions } from './window-options.ts';

registerAppScheme();

if (!app.requestSingleInstanceLock()) app.quit();

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(path.join(import.meta.dirname, '../preload/index.cjs')));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-redirect', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('window-all-closed', () => app.quit());

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  try {
    const services = createAppServices({
      dataDir: app.getPath('userData'),
      backend: electronStoreBackend,
      clock: systemClock(),
    });
    registerIpc(services);
  } catch (error) {
    dialog.showErrorBox('Secretariaat', (error as Error).message);
    app.quit();
    return;
  }
  serveRenderer(path.join(import.meta.dirname, '../renderer'));
  createWindow();
});
