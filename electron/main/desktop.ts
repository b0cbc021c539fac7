import fs from 'node:fs';
import { app, BrowserWindow, dialog, Menu, screen, type BrowserWindowConstructorOptions } from 'electron';
import type { ExportedFile } from '../../shared/contract/data-care-ops.ts';
import type { AppServices } from '../services/app-services.ts';
import { menuTemplate } from './menu-template.ts';
import { readWindowState, visibleBounds, writeWindowState } from './window-state.ts';

/** Export through the native save dialog, written where the user chose. */
async function exportWorkspace(services: AppServices): Promise<void> {
  const answer = await services.call('exportWorkspace', {});
  if (!answer.ok) {
    dialog.showErrorBox('Secretariaat', answer.error.message);
    return;
  }
  const file = answer.value as ExportedFile;
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options = { defaultPath: file.fileName, filters: [{ name: 'Secretariaat', extensions: ['secretariaat'] }] };
  const target = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (!target.canceled && target.filePath) await fs.promises.writeFile(target.filePath, file.content, { mode: 0o600 });
}

export function installMenu(services: AppServices): void {
  const language = services.context.store.document().preferences.language;
  const template = menuTemplate(
    language,
    { dev: !app.isPackaged, mac: process.platform === 'darwin' },
    {
      exportWorkspace: () =>
        void exportWorkspace(services).catch((error: unknown) => dialog.showErrorBox('Secretariaat', String(error))),
      about: () => void dialog.showMessageBox({ title: 'Secretariaat', message: `Secretariaat ${app.getVersion()}` }),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The menu follows the language the user picks in the app, so a language switch rebuilds it. */
export function withMenuLanguage(services: AppServices): Pick<AppServices, 'call'> {
  return {
    call: async (name, input) => {
      const answer = await services.call(name, input);
      if (name === 'setLanguage' && answer.ok) installMenu(services);
      return answer;
    },
  };
}

/** Size and place from last time, if that place is on a display that is still connected. */
export function savedWindowBounds(
  dir: string,
): Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height'> & { maximized: boolean } {
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const saved = visibleBounds(readWindowState(dir), areas);
  return saved ?? { maximized: false };
}

export function rememberWindowState(window: BrowserWindow, dir: string): void {
  window.on('close', () => {
    try {
      writeWindowState(dir, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      // Losing the window position is no reason to stop the app from closing.
      console.error('[secretariaat] could not save the window position', error);
    }
  });
}
