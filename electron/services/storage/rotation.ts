import fs from 'node:fs';
import path from 'node:path';
import { describeBackup, listBackups } from './backups.ts';
import { backupDir } from './file-names.ts';

/** Two weeks of daily copies: enough to go back past a bad Monday without filling the disk. */
export const DAILY_BACKUPS_KEPT = 14;

/**
 * Keeps at most one `daily` backup per (UTC) day and the newest 14 of them. Only daily backups
 * rotate: manual and before-* copies are the user's or a safety net for one specific step.
 */
export function dailyRotation(dir: string, now: () => Date, backupDaily: (at: Date) => void): () => void {
  let lastDay: string | null = null;
  return () => {
    const day = now().toISOString().slice(0, 10);
    if (day === lastDay) return;
    const dailies = listBackups(dir).filter((name) => describeBackup(dir, name).reason === 'daily');
    if (!dailies.some((name) => describeBackup(dir, name).date.startsWith(day))) {
      backupDaily(now());
    }
    lastDay = day;
    const kept = listBackups(dir).filter((name) => describeBackup(dir, name).reason === 'daily');
    for (const name of kept.slice(DAILY_BACKUPS_KEPT)) fs.rmSync(path.join(backupDir(dir), name));
  };
}
