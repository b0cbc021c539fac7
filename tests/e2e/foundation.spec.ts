import { expect, test } from './support/fixtures.ts';
import { TeamPage } from './support/team-page.ts';

test('the demo workspace opens in Dutch with the demo banner', async ({ app, page }) => {
  await expect(app.demoBanner).toContainText('demowerkruimte');
  for (const [section, label] of [
    ['capacity', 'Capaciteit'],
    ['requests', 'Aanvragen'],
    ['placements', 'Detacheringen'],
    ['value', 'Meerwaarde'],
    ['team', 'Team'],
    ['settings', 'Instellingen'],
  ] as const) {
    await expect(app.nav(section)).toHaveText(label);
  }
  await app.goTo('team');
  const team = new TeamPage(page);
  await expect(team.rows.first()).toBeVisible();
  expect(await team.rows.count()).toBeGreaterThanOrEqual(13);
  await expect(page).not.toHaveURL(/token=/);
});

test.describe(() => {
  // They restart the host: a host of their own, not the worker's shared one.
  test.use({ ownHost: true });

  test('the language switch changes the labels and is remembered across a restart', async ({ app, host, page }) => {
    await app.switchLanguage('EN');
    await expect(app.nav('capacity')).toHaveText('Capacity');
    await expect(app.demoBanner).toContainText('demo workspace');
    await page.reload();
    await expect(app.nav('placements')).toHaveText('Placements');
    await app.open(await host.restart());
    await expect(app.nav('value')).toHaveText('Added value');
    await app.switchLanguage('NL');
    await expect(app.nav('value')).toHaveText('Meerwaarde');
  });

  test('a person added on Team is still there after the host restarts', async ({ app, host, page }) => {
    await app.goTo('team');
    const team = new TeamPage(page);
    await team.openAddForm();
    await team.fillPerson({ name: 'Yara Mulder', email: 'yara@example.nl', hours: { wed: '0', fri: '4' } });
    await team.save();
    await expect(team.row('Yara Mulder')).toContainText('28');
    await app.open(await host.restart());
    await app.goTo('team');
    await expect(team.row('Yara Mulder')).toContainText('28');
  });
});

test('a folded menu stays folded after a reload, and unfolds again', async ({ app, page }) => {
  const toggle = page.getByTestId('menu-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await expect(app.nav('capacity')).toHaveText('Capaciteit');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await page.reload();
  await expect(app.nav('capacity')).toHaveText('Capaciteit');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});

test('a bad input shows the error on the field and nothing is saved', async ({ app, page }) => {
  await app.goTo('team');
  const team = new TeamPage(page);
  const before = await team.rows.count();
  const form = await team.openAddForm();
  await team.fillPerson({ name: 'Tess Visser', email: 'tess@@example' });
  await team.save();
  await expect(form).toContainText('Geen geldig e-mailadres');
  await page.keyboard.press('Escape');
  await expect(team.rows).toHaveCount(before);
  await expect(team.row('Tess Visser')).toHaveCount(0);
});

test('starting an empty workspace removes the demo and says what to do next', async ({ app, page }) => {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('start-empty').click();
  await expect(app.demoBanner).toHaveCount(0);
  await app.goTo('team');
  await expect(page.getByTestId('team-empty')).toContainText('Voeg de eerste persoon toe');
});

test('the host refuses an API request without the token', async ({ host, request }) => {
  const refused = await request.post(`${host.origin}/api/getSnapshot`, { data: {} });
  expect(refused.status()).toBe(401);
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const allowed = await request.post(`${host.origin}/api/getSnapshot`, {
    data: {},
    headers: { 'x-secretariaat-token': token },
  });
  expect(allowed.status()).toBe(200);
});
