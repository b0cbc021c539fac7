import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/schemas/index.ts';

export type MenuActions = { exportWorkspace: () => void; about: () => void };

const LABELS = {
  nl: {
    file: 'Bestand',
    exportWorkspace: 'Werkruimte exporteren…',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    reload: 'Opnieuw laden',
    resetZoom: 'Ware grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullscreen: 'Volledig scherm',
    help: 'Help',
    about: 'Over Secretariaat',
  },
  en: {
    file: 'File',
    exportWorkspace: 'Export workspace…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullscreen: 'Toggle full screen',
    help: 'Help',
    about: 'About Secretariaat',
  },
} satisfies Record<Language, Record<string, string>>;

/**
 * The application menu in the stored language. Edit and View items use Electron's roles, so the
 * platform shortcuts (Ctrl/Cmd+Z, C, V, +, -, F11) work in every text field without our code;
 * reload exists only in development, where it is useful and a user cannot lose typed work with it.
 */
export function menuTemplate(
  language: Language,
  options: { dev: boolean; mac: boolean },
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  return [
    ...(options.mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        { label: l.exportWorkspace, accelerator: 'CmdOrCtrl+E', click: actions.exportWorkspace },
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        ...(options.dev
          ? [
              { label: l.reload, role: 'reload' as const },
              { role: 'toggleDevTools' as const },
              { type: 'separator' as const },
            ]
          : []),
        { label: l.resetZoom, role: 'resetZoom' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: l.fullscreen, role: 'togglefullscreen' },
      ],
    },
    { label: l.help, role: 'help', submenu: [{ label: l.about, click: actions.about }] },
  ];
}
