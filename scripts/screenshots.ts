// Screenshots of every section in both languages at the two sizes we check by eye:
// `tsx scripts/screenshots.ts [outDir] [section…] [--weak-keystore]`. Needs a built renderer (npm run build).
// --weak-keystore starts the host as a desktop app on a keyring-less Linux would run (see weak-keystore-host.ts).
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const weakKeystore = process.argv.includes('--weak-keystore');
const args = process.argv.slice(2).filter((a) => a !== '--weak-keystore');
const outDir = args[0] ?? 'screenshots/tmp';
const only = args.slice(1);
const sections = only.length > 0 ? only : ['capacity', 'requests', 'placements', 'value', 'team', 'settings'];
const host = weakKeystore ? new WebHostProcess(undefined, {}, 'tests/e2e/support/weak-keystore-host.ts') : new WebHostProcess();

await inEveryView(outDir, host, async (page, shot) => {
  for (const section of sections) {
    await page.getByTestId(`nav-${section}`).click();
    await page.waitForTimeout(400);
    await shot(section);
  }
});
