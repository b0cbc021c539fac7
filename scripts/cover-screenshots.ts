// Screenshots of the cover view in both languages at the three sizes: `tsx scripts/cover-screenshots.ts [outDir]`.
// Needs a built renderer. Shows the next 13 weeks (the demo's Christmas runs) and the "arrange otherwise" dialog.
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  await page.getByTestId('nav-capacity').click();
  await page.getByTestId('capacity-tab-coverage').click();
  await page.getByTestId('coverage-range').waitFor();
  await page.waitForTimeout(300);
  await shot('cover-4');
  await page.getByTestId('coverage-range').locator('label').last().click();
  await page.waitForTimeout(400);
  await shot('cover-13');
  await page.getByTestId('coverage-choose').first().click();
  await page.getByTestId('cover-chooser').waitFor();
  await page.waitForTimeout(400);
  await shot('cover-choose');
  await page.keyboard.press('Escape');
});
