import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu-template.ts';

const actions = { exportWorkspace: () => undefined, about: () => undefined };
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role);
const roles = (items: MenuItemConstructorOptions[]) =>
  items.flatMap((i) => (Array.isArray(i.submenu) ? i.submenu.map((s) => s.role).filter(Boolean) : []));

describe('the application menu', () => {
  it('speaks the stored language', () => {
    expect(labels(menuTemplate('nl', { dev: false, mac: false }, actions))).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Help',
    ]);
    expect(labels(menuTemplate('en', { dev: false, mac: false }, actions))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('gives the usual shortcuts through roles, and reload only in development', () => {
    const production = roles(menuTemplate('en', { dev: false, mac: false }, actions));
    expect(production).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'quit',
      ]),
    );
    expect(production).not.toContain('reload');
    expect(roles(menuTemplate('en', { dev: true, mac: false }, actions))).toContain('reload');
  });
});
