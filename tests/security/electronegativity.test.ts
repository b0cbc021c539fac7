import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAllowed, scan, type AllowEntry, type ScanResult } from './electronegativity.ts';

const allow = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'electronegativity-allow.json'), 'utf8')) as { allow: AllowEntry[] }).allow;
const describeFinding = (f: ScanResult['findings'][number]) => `${f.id} ${f.severity}/${f.confidence} ${f.file}:${f.line} ${f.description}`;

let result: ScanResult;

beforeAll(async () => {
  result = await scan(path.resolve('electron'));
}, 60_000);

// Its command line exits 0 even on HIGH findings, so the findings are judged here, from code.
describe('Electronegativity over electron/', () => {
  it('ran its checks and parsed every file (an unparsed file is an unscanned file)', () => {
    expect(result.checks).toBeGreaterThan(30);
    expect(result.errors).toEqual([]);
  });

  it('finds nothing that is not on the reviewed allow-list', () => {
    const unreviewed = result.findings.filter((finding) => !isAllowed(finding, allow)).map(describeFinding);
    expect(unreviewed).toEqual([]);
  });

  it('has no stale allow-list entry, and a reason for each one', () => {
    for (const entry of allow) {
      expect(entry.reason.length, `${entry.id} needs a reason`).toBeGreaterThan(40);
      expect(result.findings.some((f) => f.id === entry.id && f.file === entry.file), `stale entry ${entry.id} ${entry.file}`).toBe(true);
    }
  });
});

describe('the scan itself', () => {
  it('does catch an insecure window, so a silent scanner cannot pass the check above', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-en-'));
    fs.writeFileSync(
      path.join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron');\n" +
        "new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\n",
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
