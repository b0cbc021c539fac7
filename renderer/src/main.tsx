import { earlySnapshotSettled } from './api/early-snapshot.ts';

/*
 * The entry holds only the early workspace request (early-snapshot.ts). The app itself (React,
 * Mantine, zod, the first page: boot.tsx) is its own chunk, fetched alongside through the
 * modulepreload link the build adds, and evaluated once the answer is in: its first render then
 * has the workspace and draws the shell with the grid in the same task. Evaluated at once instead,
 * Chromium's code-cache production for the chunk (65 ms on a second start on a slow machine) ran
 * between the evaluation and the grid. Without an answer by SHELL_WAIT_MS the shell is drawn
 * first, as before, and the grid follows with the workspace.
 */
const SHELL_WAIT_MS = 150;

await Promise.race([earlySnapshotSettled, new Promise((resolve) => setTimeout(resolve, SHELL_WAIT_MS))]);
await import('./boot.tsx');
