import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readWindowState,
  visibleBounds,
  writeWindowState,
  WINDOW_STATE_FILE,
  type WindowState,
} from './window-state.ts';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const saved: WindowState = { x: 100, y: 80, width: 1400, height: 900, maximized: false };

describe('the remembered window', () => {
  it('comes back where it was on a display that is still there', () => {
    expect(visibleBounds(saved, [laptop])).toEqual(saved);
  });

  it('opens at the default place when its display has gone', () => {
    expect(visibleBounds({ ...saved, x: 2400 }, [laptop])).toBeNull();
    expect(visibleBounds({ ...saved, y: -600 }, [laptop])).toBeNull();
  });

  it('is kept in a small file that survives a restart, and ignores a damaged one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-window-'));
    expect(readWindowState(dir)).toBeNull();
    writeWindowState(dir, saved);
    expect(readWindowState(dir)).toEqual(saved);
    fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), '{"x":');
    expect(readWindowState(dir)).toBeNull();
  });
});
