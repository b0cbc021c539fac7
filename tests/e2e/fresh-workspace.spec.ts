import fs from 'node:fs';
import { expect, test } from './support/fixtures.ts';
import { HistoryDrawer } from './support/history-drawer.ts';
import { TeamPage } from './support/team-page.ts';

/*
 * The worker's one host gives every test a fresh workspace: the second test runs after the first in
 * the same worker, on the same host process, and sees none of its changes.
 */
test.describe.configure({ mode: 'serial' });

const first = { origin: '', dataDir: '', demoRows: 0 };

test('a test changes the language, the team and the history of the shared host', async ({ app, host, page }) => {
  await app.goTo('team');
  const team = new TeamPage(page);
  await expect(team.rows.first()).toBeVisible();
  first.demoRows = await team.rows.count();
  await app.switchLanguage('EN');
  await team.openAddForm();
  await team.fillPerson({ name: 'Yara Mulder', email: 'yara@example.nl' });
  await team.save();
  await expect(team.row('Yara Mulder')).toHaveCount(1);
  await expect(team.rows).toHaveCount(first.demoRows + 1);
  const history = new HistoryDrawer(page);
  await expect(history.undo).toBeEnabled();
  await history.open();
  await expect(history.lines.first()).toHaveText('Team member added: Yara Mulder');
  Object.assign(first, { origin: host.origin, dataDir: host.dataDir });
});

test('the next test on that host finds the demo as a fresh host shows it', async ({ app, host, page }) => {
  expect(host.origin).toBe(first.origin);
  expect(host.dataDir).not.toBe(first.dataDir);
  expect(fs.existsSync(first.dataDir)).toBe(false);

  await app.goTo('team');
  const team = new TeamPage(page);
  await expect(app.nav('value')).toHaveText('Meerwaarde');
  await expect(team.rows).toHaveCount(first.demoRows);
  await expect(team.row('Yara Mulder')).toHaveCount(0);
  const history = new HistoryDrawer(page);
  await expect(history.undo).toBeDisabled();
  await history.open();
  await expect(history.drawer).toContainText('Nog geen wijzigingen.');
  await expect(history.lines).toHaveCount(0);
});
