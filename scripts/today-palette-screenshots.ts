// Screenshots of the Today page and the command palette (idle and searching) in NL and EN at the three sizes:
// `tsx scripts/today-palette-screenshots.ts [outDir]`. Needs a built renderer.
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const host = new WebHostProcess();
await inEveryView(process.argv[2] ?? 'screenshots/tmp', host, async (page, shot) => {
  await page.getByTestId('organisation-name').waitFor();
  await page.keyboard.press('Control+K');
  await page.getByTestId('palette-search').waitFor({ timeout: 20000 });
  await page.waitForTimeout(400);
  await shot('palette-idle');
  await page.keyboard.type('an');
  await page.waitForTimeout(300);
  await shot('palette-search');
  await page.keyboard.press('Escape');
  await page.getByTestId('nav-today').click();
  await page.getByTestId('today-kind-placementEnding').waitFor({ timeout: 20000 });
  await page.waitForTimeout(300);
  await shot('today');
});
