import fs from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { TeamPage } from './support/team-page.ts';

test('backups are listed, and the workspace goes out and back in as one file', async ({ app, page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await app.goTo('settings');
  const backups = page.getByTestId('backup-row');
  await expect(backups).toHaveCount(1);
  await page.getByTestId('backup-now').click();
  await expect(backups).toHaveCount(2);
  await expect(backups.first().getByTestId('backup-holds')).toContainText('15 pers.');

  const download = page.waitForEvent('download');
  await page.getByTestId('workspace-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('secretariaat-2026-11-23.secretariaat');
  const content = fs.readFileSync(await file.path(), 'utf8');

  await page
    .getByTestId('workspace-import-file')
    .setInputFiles({ name: 'copy.secretariaat', mimeType: 'application/json', buffer: Buffer.from(content) });
  await expect(backups.filter({ hasText: 'Voor import' })).toHaveCount(1);

  await page
    .getByTestId('workspace-import-file')
    .setInputFiles({ name: 'bad.secretariaat', mimeType: 'application/json', buffer: Buffer.from('{"nope"') });
  // In the user's language (it was the host's English before).
  await expect(page.getByText('Dit is geen werkruimtebestand dat deze app kan openen.').first()).toBeVisible();
});

test('erasing a person takes the typed name, and the person is gone', async ({ app, page }) => {
  await app.goTo('team');
  const team = new TeamPage(page);
  const row = team.rows.first();
  const name = await row.getByTestId('person-open').innerText();
  const before = await team.rows.count();
  await row.getByTestId('person-privacy-menu').click();
  await page.getByTestId('person-erase').click();
  const confirm = page.getByTestId('erase-confirm');
  await expect(confirm).toBeDisabled();
  await page.getByTestId('erase-confirm-name').fill(name.slice(0, 3));
  await expect(confirm).toBeDisabled();
  await page.getByTestId('erase-confirm-name').fill(name);
  await confirm.click();
  await expect(team.rows).toHaveCount(before - 1);
  await expect(team.row(name)).toHaveCount(0);
});
