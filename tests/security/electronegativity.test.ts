import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowListSchema, judge, scan, type Finding, type ScanResult } from './electronegativity.ts';

const { allow } = allowListSchema.parse(
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'electronegativity-allow.json'), 'utf8')),
);
const describeFinding = (f: Finding) =>
  `${f.id} ${f.severity}/${f.confidence} ${f.file}:${f.line} ${f.code} — ${f.description}`;

let result: ScanResult;
beforeAll(async () => {
  result = await scan(path.resolve('electron'));
}, 60_000);

/** A copy of electron/ in a temp folder with one file changed, scanned and judged as the gate does. */
async function gateOnCopyWith(file: string, change: (source: string) => string): Promise<Finding[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-gate-'));
  fs.cpSync(path.resolve('electron'), path.join(root, 'electron'), { recursive: true });
  const target = path.join(root, file);
  fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
  const copy = await scan(path.join(root, 'electron'), root);
  expect(copy.errors).toEqual([]);
  return judge(copy.findings, allow).unreviewed;
}

// Its command line exits 0 even on HIGH findings, so the findings are judged here, from code.
describe('Electronegativity over electron/', () => {
  it('ran its checks and parsed every file (an unparsed file is an unscanned file)', () => {
    expect(result.checks).toBeGreaterThan(30);
    expect(result.errors).toEqual([]);
  });

  it('finds nothing that is not on the reviewed allow-list', () => {
    expect(judge(result.findings, allow).unreviewed.map(describeFinding)).toEqual([]);
  });

  it('has no stale allow-list entry', () => {
    expect(judge(result.findings, allow).stale.map((e) => `${e.id} ${e.file} ${e.code}`)).toEqual([]);
  });
});

describe('the gate', () => {
  it('fails when an insecure window is added to a file whose other windows are allowed', async () => {
    const unreviewed = await gateOnCopyWith(
      'electron/main/report-output.ts',
      (source) => `${source}\nnew BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });\n`,
    );
    expect(unreviewed.map((f) => `${f.id} ${f.file}`)).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK electron/main/report-output.ts',
        'SANDBOX_JS_CHECK electron/main/report-output.ts',
      ]),
    );
    expect(unreviewed.every((f) => f.code.includes('contextIsolation: false'))).toBe(true);
  }, 60_000);

  it('fails when an allowed window is edited to turn its sandbox off', async () => {
    const unreviewed = await gateOnCopyWith('electron/main/report-output.ts', (source) =>
      source.replace(
        '{ ...mainWindowOptions(preloadPath), show: false }',
        '{ ...mainWindowOptions(preloadPath), show: false, webPreferences: { sandbox: false } }',
      ),
    );
    expect(unreviewed.map((f) => f.id)).toContain('SANDBOX_JS_CHECK');
  }, 60_000);

  it('does catch an insecure window, so a silent scanner cannot pass the check above', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-en-'));
    fs.writeFileSync(
      path.join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\n',
    );
    const ids = (await scan(dir, dir)).findings.map((f) => f.id);
    // The two global checks also prove that electron/ passes them only because its handlers exist.
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  }, 60_000);
});
