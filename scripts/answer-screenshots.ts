// Screenshots of answering a requester (the decline dialog, the mail draft it hands over to) and of
// the daily notice in Settings, in both languages: `tsx scripts/answer-screenshots.ts [outDir]`.
// Needs a built renderer (npm run build).
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('page-loading').waitFor({ state: 'detached', timeout: 30_000 });
  await page.getByTestId('daily-notice').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await shot('daily-notice');

  await page.getByTestId('nav-requests').click();
  await page.getByTestId('page-loading').waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('[data-testid="request-row"][data-status="new"]').first().click();
  await page.getByTestId('request-action-decline').click();
  await page.getByTestId('decline-reason').fill('Hoort bij de afdeling zelf');
  await page.waitForTimeout(300);
  await shot('decline-dialog');
  await page.getByTestId('decline-confirm').click();
  await page.getByTestId('mail-draft').waitFor();
  await page.waitForTimeout(300);
  await shot('decline-mail');
  await page.getByTestId('mail-draft-close').click();
  // Each view declines a request; undone, so the next view finds one to decline again.
  await page.keyboard.press('Escape');
  await page.getByTestId('request-drawer-title').waitFor({ state: 'detached' });
  await page.getByTestId('undo').click();
  await page.locator('[data-testid="request-row"][data-status="declined"]').waitFor({ state: 'detached' });
});
