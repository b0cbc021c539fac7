import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';

/** `code` is the flagged line as it stands in the file (trimmed), or '' for a global check. */
export type Finding = {
  id: string;
  file: string;
  line: number;
  code: string;
  severity: string;
  confidence: string;
  description: string;
};

/**
 * One reviewed finding: the check, the file and the exact line it flags. Matching on the line, not
 * only on (check, file), is what makes a second, insecure window in an allowed file fail the gate.
 */
export const allowEntrySchema = z
  .object({ id: z.string().min(1), file: z.string().min(1), code: z.string(), reason: z.string().min(40) })
  .strict();
export type AllowEntry = z.infer<typeof allowEntrySchema>;
export const allowListSchema = z.object({ $comment: z.string(), allow: z.array(allowEntrySchema) }).strict();
export type ScanResult = { checks: number; errors: { file: string; message: string }[]; findings: Finding[] };

type RawIssue = {
  id: string;
  file: string;
  location?: { line?: number };
  severity?: { name?: string };
  confidence?: { name?: string };
  description?: string;
};
type RawResult = {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string }[];
  issues: RawIssue[];
};
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
  const offline = Object.assign(() => Promise.reject(new Error('offline')), {
    head: () => Promise.reject(new Error('offline')),
  });
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

function flaggedLine(root: string, file: string, line: number): string {
  if (file === 'N/A' || line < 1) return '';
  return (fs.readFileSync(path.join(root, file), 'utf8').split('\n')[line - 1] ?? '').trim();
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
    findings: result.issues.map((issue) => {
      const file =
        issue.file === 'N/A' ? 'N/A' : path.relative(root, path.resolve(dir, issue.file)).split(path.sep).join('/');
      const line = issue.location?.line ?? 0;
      return {
        id: issue.id,
        file,
        line,
        code: flaggedLine(root, file, line),
        severity: issue.severity?.name ?? '?',
        confidence: issue.confidence?.name ?? '?',
        description: issue.description ?? '',
      };
    }),
  };
}

/**
 * Pairs findings with allow-list entries one to one: each entry covers a single finding, so the
 * same line pasted twice is one unreviewed finding. What is left over on either side is reported.
 */
export function judge(
  findings: readonly Finding[],
  allow: readonly AllowEntry[],
): { unreviewed: Finding[]; stale: AllowEntry[] } {
  const open = [...allow];
  const unreviewed = findings.filter((finding) => {
    const index = open.findIndex((e) => e.id === finding.id && e.file === finding.file && e.code === finding.code);
    if (index < 0) return true;
    open.splice(index, 1);
    return false;
  });
  return { unreviewed, stale: open };
}
