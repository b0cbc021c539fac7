import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type Bounds = { x: number; y: number; width: number; height: number };
export type WindowState = Bounds & { maximized: boolean };

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean(),
});

export const WINDOW_STATE_FILE = 'window-state.json';

/** A missing or damaged file only means the window opens at its default size. */
export function readWindowState(dir: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(dir: string, state: WindowState): void {
  const file = path.join(dir, WINDOW_STATE_FILE);
  // Written aside and renamed, so a crash mid-write leaves the previous state rather than half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * The saved position only if enough of the window (its title bar area) lands on a display that is
 * there now: a laptop undocked from its second screen must not open the app off-screen.
 */
export function visibleBounds(saved: WindowState | null, workAreas: readonly Bounds[]): WindowState | null {
  if (!saved) return null;
  const grab = { x: saved.x, y: saved.y, width: Math.min(saved.width, 200), height: 40 };
  const onScreen = workAreas.some(
    (a) =>
      grab.x + grab.width > a.x + 20 &&
      grab.x < a.x + a.width - 20 &&
      grab.y >= a.y - 10 &&
      grab.y + grab.height <= a.y + a.height + 10,
  );
  return onScreen ? saved : null;
}
