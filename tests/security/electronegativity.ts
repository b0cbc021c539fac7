import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

export type Finding = { id: string; file: string; line: number; severity: string; confidence: string; description: string };
export type AllowEntry = { id: string; file: string; reason: string };
export type ScanResult = { checks: number; errors: { file: string; message: string }[]; findings: Finding[] };

type RawIssue = {
  id: string;
  file: string;
  location?: { line?: number };
  severity?: { name?: string };
  confidence?: { name?: string };
  description?: string;
};
type RawResult = { globalChecks: number; atomicChecks: number; errors: { file: string; message: string }[]; issues: RawIssue[] };
type Run = (options: Record<string, unknown>) => Promise<RawResult>;

const require = createRequire(import.meta.url);

/**
 * Electronegativity fetches translations and Electron's release list over the network with `got`.
 * Here there is no network, and a timed-out `got` retry throws later from a timer, so `got` is
 * replaced (for this package only) by one that fails at once; the release check is excluded.
 */
function loadOffline(): Run {
  const entry = require.resolve('@doyensec/electronegativity');
  const gotPath = require.resolve('got', { paths: [path.dirname(entry)] });
  const offline = Object.assign(() => Promise.reject(new Error('offline')), { head: () => Promise.reject(new Error('offline')) });
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  require.cache[gotPath] = stub;
  return require(entry) as Run;
}

/** The Electron version the app ships with, so version-dependent checks judge the right defaults. */
export function electronVersion(): string {
  return (JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
}

/** Scans `dir`; files are named relative to `root` (the repository), with forward slashes. */
export async function scan(dir: string, root: string = process.cwd()): Promise<ScanResult> {
  const run = loadOffline();
  const result = await run({
    input: dir,
    isRelative: true,
    electronVersionOverride: electronVersion(),
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  return {
    checks: result.globalChecks + result.atomicChecks,
    errors: result.errors,
    findings: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file === 'N/A' ? 'N/A' : path.relative(root, path.resolve(dir, issue.file)).split(path.sep).join('/'),
      line: issue.location?.line ?? 0,
      severity: issue.severity?.name ?? '?',
      confidence: issue.confidence?.name ?? '?',
      description: issue.description ?? '',
    })),
  };
}

export function isAllowed(finding: Finding, allow: readonly AllowEntry[]): boolean {
  return allow.some((entry) => entry.id === finding.id && entry.file === finding.file);
}
