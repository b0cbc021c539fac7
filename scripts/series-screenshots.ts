// Screenshots of recurring requests (the Herhalen section, the queue's repeat mark, an occurrence's
// drawer and the "this and following" edit) in both languages: `tsx scripts/series-screenshots.ts [outDir]`.
// Needs a built renderer (npm run build).
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';
let saved = false;

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  const form = page.getByTestId('request-form');
  await page.getByTestId('nav-requests').click();
  await page.getByTestId('page-loading').waitFor({ state: 'detached', timeout: 30_000 });
  await page.getByTestId('request-new').click();
  const fill = async (id: string, text: string) => form.getByTestId(id).fill(text);
  await fill('request-requester', 'Directie');
  await fill('request-department', 'Bestuur');
  await fill('request-title', 'Notulen ledenraad');
  await fill('request-goal', 'Besluiten van de ledenraad vastleggen.');
  await fill('request-deliverable', 'Conceptnotulen');
  await fill('request-deadline', '27-11-2026');
  await form.getByTestId('request-deadline').press('Tab');
  await fill('request-estimate', '4');
  await fill('request-done-when', 'Concept bij de voorzitter');
  await form.getByTestId('request-repeat-kind').locator('label').nth(2).click();
  await form.getByTestId('request-repeat').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await shot('series-form');
  if (saved) {
    await form.getByTestId('request-discard-draft').click();
    await page.keyboard.press('Escape');
  } else {
    await form.getByTestId('request-save').click();
    saved = true;
  }
  await form.waitFor({ state: 'detached' });
  await page.keyboard.press('Escape');
  await page.getByTestId('requests-search').fill('Notulen ledenraad');
  await page.waitForTimeout(400);
  await shot('series-queue');
  await page.getByTestId('request-row').nth(1).click();
  await page.getByTestId('request-series').waitFor();
  await page.waitForTimeout(400);
  await shot('series-drawer');
  await page.getByTestId('request-action-change-rest').click();
  await form.waitFor();
  await page.waitForTimeout(300);
  await shot('series-edit');
});
