// Screenshots of the honest dashboard, the warnings before saving and the report's story, in NL and
// EN at the three sizes, with axe run on each screen: `tsx scripts/honest-screenshots.ts <outDir>`.
// Needs a built renderer (npx electron-vite build).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';
const findings: string[] = [];

/** Once per language (at 1280 wide); legacy mode because every-view's pages have no own context. */
async function axe(page: Page, name: string, selector: string): Promise<void> {
  if (page.viewportSize()?.width !== 1280) return;
  const result = await new AxeBuilder({ page }).setLegacyMode(true).include(selector).analyze();
  for (const v of result.violations.filter((x) => x.impact === 'critical' || x.impact === 'serious')) {
    findings.push(`${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
}

async function section(page: Page, key: string): Promise<void> {
  await page.getByTestId(`nav-${key}`).click();
  await page.getByTestId('page-loading').waitFor({ state: 'detached', timeout: 30_000 });
  await page.waitForTimeout(400);
}

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  await section(page, 'value');
  await shot('honest-value-month');
  await axe(page, 'value-month', 'main');
  await page.getByTestId('value-period-kind').locator('label').nth(2).click();
  await page.waitForTimeout(600);
  await shot('honest-value-year');
  await page.getByTestId('value-next').click();
  await page.waitForTimeout(600);
  await shot('honest-value-forecast');
  await axe(page, 'value-forecast', 'main');
  await page.getByTestId('monthly-overview-panel').scrollIntoViewIfNeeded();
  await shot('honest-value-commentary');

  await section(page, 'placements');
  const row = page
    .getByTestId('placement-row')
    .filter({ hasText: /01.01.2027/ })
    .first();
  await row.getByTestId('placement-open').click();
  await page.getByTestId('placement-confirm').click();
  await page.getByTestId('week-warnings').waitFor();
  await shot('honest-placement-warning');
  await axe(page, 'placement-warning', '[data-testid="placement-drawer"]');
  await page.getByTestId('week-warnings-back').click();
  await page.keyboard.press('Escape');

  await page.evaluate(`window.location.hash = '#/report/2026-10'`);
  await page.getByTestId('report-income').waitFor();
  await page.getByTestId('report-income').scrollIntoViewIfNeeded();
  await shot('honest-report-story');
  await axe(page, 'report', '[data-testid="report-page"]');
  await page.evaluate(`window.location.hash = ''`);
});

console.log(findings.length === 0 ? 'axe: no critical or serious findings' : findings.join('\n'));
