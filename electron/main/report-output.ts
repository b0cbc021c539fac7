import { BrowserWindow, dialog, shell, type Session } from 'electron';
import { APP_ORIGIN } from './app-protocol.ts';
import { mainWindowOptions } from './window-options.ts';

const READY_TIMEOUT_MS = 30_000;

async function waitUntilReady(window: BrowserWindow): Promise<void> {
  const started = Date.now();
  // The report page marks itself ready once its charts have drawn; printing earlier loses them.
  while (!(await window.webContents.executeJavaScript("document.body.dataset.reportReady === 'true'"))) {
    if (Date.now() - started > READY_TIMEOUT_MS) throw new Error('The report page did not finish rendering');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Renders an app route (`#/report/2026-10`) in a hidden window built from the same hardened options
 * as the main window, and prints it with the page's own CSS (@page size, margins, page numbers).
 */
export async function printRouteToPdf(route: string, preloadPath: string): Promise<Buffer> {
  const window = new BrowserWindow({ ...mainWindowOptions(preloadPath), show: false });
  try {
    await window.loadURL(`${APP_ORIGIN}/index.html${route}`);
    await waitUntilReady(window);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    window.destroy();
  }
}

const OPENABLE_EXPORTS = /\.(pdf|xlsx|csv|secretariaat|json|eml)$/i;

/**
 * Exports reach the user as downloads: ask where to save with the native dialog, then offer to open
 * the file or show it in its folder.
 */
export function handleDownloads(session: Session): void {
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ defaultPath: item.getFilename() });
    item.once('done', (_done, state) => {
      if (state !== 'completed') return;
      const file = item.getSavePath();
      // Only our own export formats are offered to open: a page must never get a download executed.
      if (!OPENABLE_EXPORTS.test(file)) return;
      void dialog
        .showMessageBox({
          type: 'info',
          message: file,
          buttons: ['Open file', 'Show in folder', 'Close'],
          defaultId: 0,
          cancelId: 2,
        })
        .then(({ response }) => {
          if (response === 0) void shell.openPath(file);
          if (response === 1) shell.showItemInFolder(file);
        });
    });
  });
}
