import { expect, test } from './support/fixtures.ts';
import { PersonDrawer } from './support/person-drawer.ts';
import { TeamPage } from './support/team-page.ts';
import type { Page } from '@playwright/test';

/** The first person on Team, opened in the drawer; the demo's names are generated, so none is hard-coded. */
async function openFirstPerson(page: Page): Promise<PersonDrawer> {
  const team = new TeamPage(page);
  const name = await team.rows.first().getByTestId('person-open').innerText();
  const drawer = new PersonDrawer(page);
  await drawer.open(name);
  return drawer;
}

test('a new schedule from a date is listed above the earlier one, which stays as it was', async ({ app, page }) => {
  await app.goTo('team');
  const drawer = await openFirstPerson(page);
  const rows = drawer.root.getByTestId('schedule-row');
  const before = await rows.count();
  const earlier = (await rows.first().textContent()) ?? '';
  await drawer.root.getByTestId('schedule-new').click();
  const scheduleFrom = page.getByTestId('person-schedule-from');
  await scheduleFrom.fill('04-01-2027');
  await scheduleFrom.press('Tab');
  await page.getByTestId('person-hours-fri').fill('0');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-form')).toHaveCount(0);

  await drawer.open(await new TeamPage(page).rows.first().getByTestId('person-open').innerText());
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText('04-01-2027');
  await expect(rows.first()).toContainText('Gepland');
  await expect(rows.nth(1)).toHaveText(earlier);
  await page.keyboard.press('Escape');
  await expect(drawer.root).toHaveCount(0);
});

test('Escape closes an open form first and the drawer on the next press', async ({ app, page }) => {
  await app.goTo('team');
  const drawer = await openFirstPerson(page);
  await drawer.tab('structural');
  await drawer.root.getByTestId('structural-add').click();
  await drawer.root.getByTestId('structural-supported').fill('Team Communicatie');
  await page.keyboard.press('Escape');
  await expect(drawer.root.getByTestId('structural-form')).toHaveCount(0);
  await expect(drawer.root).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer.root).toHaveCount(0);
});

test('structural support is listed, and one week can be skipped and restored without touching the line', async ({
  app,
  page,
}) => {
  await app.goTo('team');
  const drawer = await openFirstPerson(page);
  await drawer.tab('structural');
  await drawer.addSupport({ supported: 'Directie Juridische Zaken', hours: '6,5' });
  const row = drawer.supportRow('Directie Juridische Zaken');
  await expect(row).toContainText('6,5');
  await expect(row).toContainText('23-11-2026');
  await expect(row).toContainText('doorlopend');

  const panel = await drawer.openWeekForm('Directie Juridische Zaken');
  await expect(panel.getByTestId('structural-exceptions-empty')).toBeVisible();
  await drawer.changeWeek('wk 50 · 07-12-2026', '0');
  await expect(drawer.exceptions).toHaveCount(1);
  await expect(drawer.exceptions.first()).toContainText('wk 50 · 07-12-2026');
  await expect(drawer.exceptions.first()).toContainText('overgeslagen');
  await expect(row.getByTestId('structural-row-exceptions')).toContainText('wk 50');
  await expect(row).toContainText('6,5');

  await drawer.exceptions.first().getByTestId('structural-exception-restore').click();
  await expect(drawer.exceptions).toHaveCount(0);
  await expect(row.getByTestId('structural-row-exceptions')).toHaveCount(0);
});

test('leave ending before it starts shows the error on the end date, saves nothing, and keeps what was typed', async ({
  app,
  page,
}) => {
  await app.goTo('team');
  const drawer = await openFirstPerson(page);
  await drawer.tab('leave');
  const before = await drawer.leaveRows.count();
  await drawer.openLeaveForm();
  await drawer.fillLeave({ kind: 'Bijzonder verlof', from: '14-12-2026', to: '10-12-2026', hoursPerDay: '4' });
  await drawer.saveLeave();
  const toField = drawer.leaveForm.getByTestId('leave-to');
  await expect(toField).toHaveAttribute('aria-invalid', 'true');
  await expect(drawer.leaveForm).toContainText('Einddatum ligt voor de begindatum');
  await expect(drawer.leaveRows).toHaveCount(before);
  await expect(drawer.leaveForm.getByTestId('leave-hours')).toHaveValue('4');

  await drawer.fillLeave({ from: '14-12-2026', to: '16-12-2026' });
  await drawer.saveLeave();
  await expect(drawer.leaveForm).toHaveCount(0);
  await expect(drawer.leaveRows).toHaveCount(before + 1);
  const added = drawer.leaveRows.filter({ hasText: '14-12-2026' }).filter({ hasText: 'Bijzonder verlof' });
  await expect(added).toContainText('16-12-2026');
  await expect(added).toContainText('4 uur/dag');
});

test('a leave record is removed only after the lead confirms', async ({ app, page }) => {
  await app.goTo('team');
  const drawer = await openFirstPerson(page);
  await drawer.tab('leave');
  await drawer.openLeaveForm();
  await drawer.fillLeave({ kind: 'Vakantie', from: '04-01-2027', to: '08-01-2027' });
  await drawer.saveLeave();
  const row = drawer.leaveRows.filter({ hasText: '04-01-2027' });
  await expect(row).toHaveCount(1);

  page.once('dialog', (dialog) => void dialog.dismiss());
  await drawer.removeLeave(row);
  await expect(row).toHaveCount(1);

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('04-01-2027');
    void dialog.accept();
  });
  await drawer.removeLeave(row);
  await expect(row).toHaveCount(0);
});
