// Screenshots of every section in both languages at the sizes we check by eye:
// `tsx scripts/screenshots.ts [outDir] [section…] [--weak-keystore]`. Needs a built renderer (npm run build).
// The section `loading` is the shell as drawn while the workspace is still on its way.
// --weak-keystore starts the host as a desktop app on a keyring-less Linux would run (see weak-keystore-host.ts).
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import type { Page } from '@playwright/test';
import { inEveryView, type Shot } from './every-view.ts';

const weakKeystore = process.argv.includes('--weak-keystore');
const args = process.argv.slice(2).filter((a) => a !== '--weak-keystore');
const outDir = args[0] ?? 'screenshots/tmp';
const only = args.slice(1);
const sections = only.length > 0 ? only : ['capacity', 'requests', 'placements', 'value', 'team', 'settings'];
const host = weakKeystore
  ? new WebHostProcess(undefined, {}, 'tests/e2e/support/weak-keystore-host.ts')
  : new WebHostProcess();

/** Reloads with the snapshot held back, so the shot shows what the first frame shows. */
async function shootLoading(page: Page, shot: Shot): Promise<void> {
  await page.route('**/api/getSnapshot', () => undefined);
  await page.reload();
  await page.getByTestId('page-loading').waitFor();
  await shot('loading');
  await page.unroute('**/api/getSnapshot');
}

await inEveryView(outDir, host, async (page, shot) => {
  for (const section of sections) {
    if (section === 'loading') {
      await shootLoading(page, shot);
      continue;
    }
    await page.getByTestId(`nav-${section}`).click();
    // Pages load their code on first use: wait until the skeleton made way for the page.
    await page.getByTestId('page-loading').waitFor({ state: 'detached', timeout: 30_000 });
    await page.waitForTimeout(400);
    await shot(section);
  }
});
