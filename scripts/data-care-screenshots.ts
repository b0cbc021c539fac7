// Screenshots of the data-care screens (Settings in full, the import preview, the erase dialog) in
// both languages at both sizes: `tsx scripts/data-care-screenshots.ts [outDir]`. Needs a built renderer.
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { inEveryView } from './every-view.ts';

const outDir = process.argv[2] ?? 'screenshots/tmp';
const csv =
  'Naam;E-mail;Vaardigheden;Ma;Di;Wo;Do;Vr;In dienst vanaf\nIris Import;iris@example.nl;notuleren;8;8;8;4;;01-12-2026\nKees Kapot;geen-mail;;8;8;8;8;8;\nLotte Laat;;;7,3;8;8;8;8;\nMila Mooi;;;8;8;8;8;8;31-02-2027\n';

await inEveryView(outDir, new WebHostProcess(), async (page, shot) => {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('backup-now').click();
  await page.waitForTimeout(600);
  await shot('settings-full', true);
  await page.getByTestId('nav-team').click();
  await page.getByTestId('person-privacy-menu').first().click();
  await page.waitForTimeout(300);
  await shot('team-actions');
  await page.keyboard.press('Escape');
  await page.getByTestId('import-people').click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-preview').waitFor();
  await page.waitForTimeout(500);
  await shot('import-dialog');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await page.getByTestId('person-privacy-menu').first().click();
  await page.getByTestId('person-erase').click();
  await page.getByTestId('erase-confirm-name').waitFor();
  await page.waitForTimeout(300);
  await shot('erase-dialog');
});
