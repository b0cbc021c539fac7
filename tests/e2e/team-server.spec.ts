import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startPgCluster, pgAvailable, type PgCluster } from '../support/pg-cluster.ts';
import { TeamServerProcess } from '../support/team-server-process.ts';

const PASSWORD = 'correct horse battery';
let cluster: PgCluster;
let server: TeamServerProcess;

test.describe.configure({ mode: 'serial' });
test.skip(!pgAvailable(), 'PostgreSQL is not installed');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startPgCluster();
  server = new TeamServerProcess(cluster.url(), 'e2e');
  await server.addAccounts([
    ['anna', 'lead', PASSWORD],
    ['bram', 'lead', PASSWORD],
    ['dirk', 'viewer', PASSWORD],
    ['gast', 'lead', PASSWORD],
  ]);
  await server.start();
});
test.afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

async function signIn(browser: Browser, name: string, locale = 'nl-NL'): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('login-name').fill(name);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('session-badge')).toBeVisible({ timeout: 20_000 });
  return page;
}

test('two leads in two browsers edit one workspace and see each other’s changes, with who made them', async ({
  browser,
}) => {
  const anna = await signIn(browser, 'anna');
  const bram = await signIn(browser, 'bram');
  await expect(anna.getByTestId('session-badge')).toContainText('anna (teamleider)');
  await expect(anna.getByTestId('session-badge')).toContainText('Teamwerkruimte');

  await anna.getByTestId('nav-settings').click();
  await anna.getByTestId('settings-organisation').fill('Secretariaat Noord');
  await anna.getByTestId('settings-save').click();
  await expect(bram.getByTestId('organisation-name')).toHaveText('Secretariaat Noord', { timeout: 3_000 });

  await bram.getByTestId('nav-settings').click();
  await bram.getByTestId('settings-organisation').fill('Secretariaat Noord en Oost');
  await bram.getByTestId('settings-save').click();
  await expect(anna.getByTestId('organisation-name')).toHaveText('Secretariaat Noord en Oost', { timeout: 3_000 });

  await anna.getByTestId('history-open').click();
  await expect(anna.getByTestId('history-entry').first()).toContainText('door bram');
  await expect(anna.getByTestId('history-entry').nth(1)).toContainText('door anna');
});

test('a viewer sees the dashboard without edit controls, and an edit sent directly is refused', async ({ browser }) => {
  const dirk = await signIn(browser, 'dirk', 'en-GB');
  await dirk.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(dirk.getByTestId('session-badge')).toContainText('dirk (view only)');
  await expect(dirk.getByTestId('nav-value')).toHaveAttribute('aria-current', 'page');
  for (const section of ['capacity', 'requests', 'placements', 'team', 'settings'])
    await expect(dirk.getByTestId(`nav-${section}`)).toHaveCount(0);
  await expect(dirk.getByTestId('history-open')).toHaveCount(0);
  await expect(dirk.getByTestId('undo')).toHaveCount(0);
  await expect(dirk.getByTestId('present')).toBeVisible();
  const refused = await dirk.evaluate(async () => {
    const response = await fetch('api/addClient', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Sneaky BV', kind: 'external', defaultRateCents: 100 }),
    });
    return { status: response.status, body: (await response.json()) as { error: { code: string } } };
  });
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe('forbidden');
});

test('a wrong password is refused in the user’s language, and guessing is slowed down', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto(server.url);
  await expect(page.getByTestId('login-form')).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
  await page.getByTestId('login-name').fill('gast');
  for (let i = 0; i < 5; i += 1) {
    await page.getByTestId('login-password').fill(`wrong-${i}-password`);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toHaveText('De naam of het wachtwoord klopt niet.');
    await expect(page.getByTestId('login-password')).toHaveValue('');
    await expect(page.getByTestId('login-name')).toHaveValue('gast');
  }
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('Te vaak een verkeerd wachtwoord');
  await expect(page.getByTestId('session-badge')).toHaveCount(0);
});
