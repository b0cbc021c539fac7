import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/services/app-services.ts';
import { confBackend } from '../../electron/services/storage/conf-backend.ts';
import { fixedClock } from '../../electron/services/testing/temp-services.ts';

/** A real small disk: tmpfs needs root, which CI and this machine have; elsewhere the test says it was skipped. */
const canMount = process.platform === 'linux' && process.getuid?.() === 0;
let mountPoint = '';

beforeAll(() => {
  if (!canMount) return;
  mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1536k', 'tmpfs', mountPoint]);
});
afterAll(() => {
  if (!mountPoint) return;
  execFileSync('umount', ['-l', mountPoint]);
  fs.rmSync(mountPoint, { recursive: true, force: true });
});

const open = () =>
  createAppServices({ dataDir: path.join(mountPoint, 'data'), backend: confBackend, clock: fixedClock, demoPeople: 3 });
const request = (n: number) => ({
  loggedAfterTheFact: false,
  title: `Verzoek ${n}`,
  requesterName: 'Jan de Boer',
  department: 'Bestuur',
  goal: `Doel ${n} `.repeat(400).slice(0, 4000),
  deliverable: 'Notulen',
  windowFrom: null,
  deadline: '2026-12-11',
  estimatedHours: 4,
  skills: [],
  doneWhen: 'Notulen verstuurd',
});

describe.runIf(canMount)('a full disk', () => {
  it('refuses the change that does not fit, in so many words, changes nothing, and keeps every acknowledged change', async () => {
    const services = open();
    const { store } = services.context;
    const acknowledged: string[] = [];
    let refusal: { code: string; message: string } | null = null;
    for (let n = 0; n < 2000 && !refusal; n++) {
      const before = { revision: store.revision(), workspace: store.workspace() };
      const result = await services.call('createRequest', request(n));
      if (result.ok) acknowledged.push(`Verzoek ${n}`);
      else {
        refusal = result.error;
        expect({ revision: store.revision(), workspace: store.workspace() }).toEqual(before);
      }
    }
    expect(refusal?.code, refusal?.message).toBe('storage_full');
    expect(refusal?.message).toMatch(/disk is full.*Nothing was changed/);
    expect(acknowledged.length).toBeGreaterThan(10);
    // A second try fails the same way, and a read still works.
    expect(await services.call('createRequest', request(9999))).toMatchObject({
      ok: false,
      error: { code: 'storage_full' },
    });
    expect((await services.call('getSnapshot', {})).ok).toBe(true);

    const titles = open()
      .context.store.workspace()
      .requests.map((r) => r.title);
    for (const title of acknowledged) expect(titles).toContain(title);
    expect(titles).not.toContain('Verzoek 9999');
  }, 120_000);
});
