// Screenshots of the monthly overview's print page in NL and EN at the three sizes: the key figures,
// the wide requests and capacity tables, and the whole page, with axe run on the page (at 1280 wide).
// `tsx scripts/report-screenshots.ts [outDir]`; needs a built renderer (npx electron-vite build).
import AxeBuilder from '@axe-core/playwright';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';
const findings: string[] = [];

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  await page.evaluate(`window.location.hash = '#/report/2026-10'`);
  await page.locator('body[data-report-ready="true"]').waitFor({ state: 'attached' });
  await shot('report-cover');
  for (const table of ['requests', 'capacity']) {
    await page.getByTestId(`report-${table}`).scrollIntoViewIfNeeded();
    await shot(`report-${table}`);
  }
  await shot('report-page', true);
  if (page.viewportSize()?.width === 1280) {
    // Legacy mode because every-view's pages have no own context.
    const result = await new AxeBuilder({ page }).setLegacyMode(true).include('[data-testid="report-page"]').analyze();
    for (const v of result.violations.filter((x) => x.impact === 'critical' || x.impact === 'serious'))
      findings.push(`${v.id} (${v.impact}) ${v.nodes.length} nodes`);
  }
});

console.log(findings.length === 0 ? 'axe: no critical or serious findings' : findings.join('\n'));
