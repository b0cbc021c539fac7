// Closed months and dated settings, in both languages at every size we check by eye: the monthly
// overview panel with a correction after closing, the dated settings with their history, a schedule
// correction naming the closed month, and the report of a revised month (axe runs on them in
// tests/e2e/closing.spec.ts).
// `tsx scripts/closing-screenshots.ts [outDir]`. Needs a built renderer (npx electron-vite build).
import { TeamPage } from '../tests/e2e/support/team-page.ts';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';
const host = new WebHostProcess();
let prepared = false;

async function call(name: string, input: unknown): Promise<unknown> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    body: JSON.stringify(input),
    headers: { 'content-type': 'application/json', 'x-secretariaat-token': token },
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
  return envelope.value;
}

/** October closed, then reissued after a placement correction, then corrected again: both sections show. */
async function prepare(): Promise<void> {
  await call('closeMonth', { month: '2026-10' });
  await call('correctPlacementMonth', { id: 'pl3', month: '2026-10', hours: -2 });
  await call('reissueMonth', { month: '2026-10' });
  const { workspace } = (await call('getSnapshot', {})) as {
    workspace: { settings: { shadowRates: { from: string; cents: number }[] } };
  };
  await call('updateSettings', {
    ...workspace.settings,
    shadowRates: [...workspace.settings.shadowRates, { from: '2026-01-01', cents: 9900 }],
  });
}

await inEveryView(outDir, host, async (page, shot) => {
  if (!prepared) {
    await prepare();
    prepared = true;
    await page.reload();
  }
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('nav-value').click();
  await page.getByTestId('month-closing').scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  await shot('closing-panel');

  await page.getByTestId('nav-settings').click();
  const from = page.getByTestId('settings-from');
  await from.fill('01-10-2026');
  await from.press('Tab');
  await page.getByTestId('dated-settings').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await shot('settings-dated');

  await page.getByTestId('nav-team').click();
  const name = await new TeamPage(page).rows.first().getByTestId('person-open').innerText();
  await new TeamPage(page).rows.first().getByTestId('person-open').click();
  await page.getByTestId('person-drawer-title').filter({ hasText: name }).waitFor();
  await page.getByTestId('schedule-correct').first().click();
  await page.getByTestId('schedule-correction').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await shot('schedule-correction');
  await page.keyboard.press('Escape');

  await page.evaluate('window.location.hash = "#/report/2026-10"');
  await page.locator('body[data-report-ready="true"]').waitFor({ state: 'attached' });
  await page.waitForTimeout(400);
  await shot('report-closed');
});
