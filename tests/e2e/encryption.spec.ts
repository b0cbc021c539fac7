import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { looksEncrypted } from '../../electron/services/storage/encryption/file-cipher.ts';
import { AppPage } from './support/app-page.ts';
import { expect, test } from './support/fixtures.ts';
import { TeamPage } from './support/team-page.ts';
import { WebHostProcess } from './support/web-host.ts';

const folderBytes = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.name}:${fs.readFileSync(path.join(e.parentPath, e.name)).toString('base64')}`)
    .sort();

test('the browser host without a key says plainly that the data is not encrypted, without a warning banner', async ({
  app,
  page,
}) => {
  await app.goTo('settings');
  const status = page.getByTestId('encryption-status');
  await expect(status).toHaveAttribute('data-mode', 'none');
  await expect(status).toContainText('Niet versleuteld');
  await expect(status).toContainText('SECRETARIAAT_DATA_KEY');
  await expect(page.getByTestId('encryption-banner')).toHaveCount(0);
});

test('a host given a data key keeps every file encrypted, and will not open the folder without that key', async ({
  page,
}) => {
  const key = randomBytes(32).toString('base64');
  const host = new WebHostProcess(undefined, { SECRETARIAAT_DATA_KEY: key });
  const app = new AppPage(page);
  try {
    await app.open(await host.start());
    await app.goTo('team');
    const name = await new TeamPage(page).rows.first().getByTestId('person-open').innerText();
    await app.goTo('settings');
    await expect(page.getByTestId('encryption-status')).toHaveAttribute('data-mode', 'environment');
    await expect(page.getByTestId('encryption-status')).toContainText('Versleuteld');
    await page.getByTestId('backup-now').click();
    await expect(page.getByTestId('backup-row')).toHaveCount(2);

    const files = fs
      .readdirSync(host.dataDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.startsWith('workspace'));
    expect(files.filter((e) => e.name.endsWith('.json')).length).toBeGreaterThanOrEqual(2);
    expect(files.some((e) => e.name === 'workspace.db')).toBe(true);
    for (const file of files) {
      const text = fs.readFileSync(path.join(file.parentPath, file.name), 'utf8');
      if (file.name.endsWith('.json')) expect(looksEncrypted(text), file.name).toBe(true);
      expect(text, file.name).not.toContain(name);
    }

    await host.stop();
    const before = folderBytes(host.dataDir);
    const keyless = new WebHostProcess(host.dataDir);
    await expect(keyless.start()).rejects.toThrow(
      /encrypted, and this app was started without its key.*left unchanged/,
    );
    expect(folderBytes(host.dataDir)).toEqual(before);

    await app.open(await host.start());
    await app.goTo('team');
    await expect(new TeamPage(page).row(name)).toHaveCount(1);
  } finally {
    await host.stop();
  }
});

test('a desktop user on Linux without a keyring (basic_text) is warned, in Dutch and English, and can dismiss it', async ({
  page,
}) => {
  const host = new WebHostProcess(undefined, {}, 'tests/e2e/support/weak-keystore-host.ts');
  const app = new AppPage(page);
  try {
    await app.open(await host.start());
    const banner = page.getByTestId('encryption-banner');
    await expect(banner).toContainText('Uw gegevens zijn niet goed beveiligd');
    await expect(banner).toContainText('basic_text');
    await expect(banner).toContainText('GNOME Keyring');
    await banner.getByRole('link', { name: 'Details in Instellingen' }).click();
    await expect(page.getByTestId('encryption-status')).toHaveAttribute('data-mode', 'weak-keystore');
    await expect(page.getByTestId('encryption-status')).toContainText('Zwak beschermd');

    await app.switchLanguage('EN');
    await expect(banner).toContainText('Your data is not well protected');
    await expect(page.getByTestId('encryption-status')).toContainText('Weakly protected');
    await page.getByTestId('encryption-banner-dismiss').click();
    await expect(banner).toHaveCount(0);
    expect(fs.existsSync(path.join(host.dataDir, 'workspace.key'))).toBe(true);
    expect(fs.readFileSync(path.join(host.dataDir, 'workspace.db')).includes('Anouk')).toBe(false);
  } finally {
    await host.stop();
  }
});
