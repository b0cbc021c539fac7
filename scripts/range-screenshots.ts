// The chosen date range and the capacity export, in both languages at every size we check by eye:
// the dashboard with a range and its error, the overview panel following it, the print page of the
// range, and the capacity page with its export button.
// `tsx scripts/range-screenshots.ts [outDir]`. Needs a built renderer (npm run build).
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';
const months = { nl: ['maart 2026', 'augustus 2026'], en: ['March 2026', 'August 2026'] };

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  const language = (await page.getByTestId('nav-value').innerText()).includes('Meerwaarde') ? 'nl' : 'en';
  const pick = async (testId: string, month: string) => {
    await page.getByTestId(testId).fill(month);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  };
  await page.getByTestId('nav-value').click();
  await page.getByTestId('page-loading').waitFor({ state: 'detached', timeout: 30_000 });
  await page
    .getByTestId('value-period-kind')
    .getByText(language === 'nl' ? 'Periode kiezen…' : 'Custom range')
    .click();
  await pick('value-range-to', months[language][1]!);
  await page.waitForTimeout(300);
  await shot('range-error');
  await pick('value-range-from', months[language][0]!);
  await page.waitForTimeout(600);
  await shot('range-dashboard');
  await page.getByTestId('monthly-overview-panel').scrollIntoViewIfNeeded();
  await shot('range-panel');
  await page.evaluate(`window.location.hash = '#/report/2026-03..2026-08'`);
  await page.locator('body[data-report-ready="true"]').waitFor({ timeout: 60_000 });
  await shot('range-report');
  await page.evaluate(`window.location.hash = ''`);
  await page.getByTestId('nav-capacity').click();
  await page.getByTestId('capacity-export-xlsx').waitFor();
  await page.waitForTimeout(400);
  await shot('capacity-export');
});
