import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { PersonDrawer } from './support/person-drawer.ts';
import { TeamPage } from './support/team-page.ts';
import { PlacementsPage } from './support/placements-page.ts';
import { RequestsPage } from './support/requests-page.ts';

test('confirming a placement that lands in leave weeks says so first; going back changes nothing (NL)', async ({
  app,
  page,
}) => {
  await app.goTo('placements');
  const placements = new PlacementsPage(page);
  await placements.filterByStatus('Voorgesteld');
  // The demo proposes Marieke Visser from 1 January 2027; she has leave in weeks 1 and 8.
  const row = placements.rows.filter({ hasText: '01-01-2027' }).first();
  const drawer = await placements.open((await row.getAttribute('data-placement-id')) ?? '');
  await drawer.getByTestId('placement-confirm').click();
  const warnings = drawer.getByTestId('week-warnings');
  await expect(warnings).toContainText('Let op');
  await expect(warnings.getByTestId('week-warning')).toHaveText([
    'Marieke Visser heeft verlof in wk 1 (04-01-2027)',
    'Marieke Visser heeft verlof in wk 8 (22-02-2027)',
  ]);

  await warnings.getByTestId('week-warnings-back').click();
  await expect(warnings).toHaveCount(0);
  await expect(drawer.getByTestId('placement-status-badge')).toHaveText('Voorgesteld');

  await drawer.getByTestId('placement-confirm').click();
  await drawer.getByTestId('week-warnings-proceed').click();
  await expect(drawer.getByTestId('placement-status-badge')).toHaveText('Bevestigd');
});

test('an assignment that leaves someone short lists the week before it is saved (EN)', async ({ app, page }) => {
  await app.switchLanguage('EN');
  await app.goTo('requests');
  const requests = new RequestsPage(page);
  await expect(requests.rows.first()).toBeVisible();
  await requests.open((await requests.rowsWithStatus(['new']).first().getAttribute('data-request-id')) ?? '');
  await requests.action('assign');
  await requests.pickTopCandidate();
  const line = requests.splitLines.first();
  const week = (await line.getAttribute('data-week')) ?? '';
  await line.getByTestId('assign-line-hours').fill('80');
  await page.getByTestId('assign-confirm').click();

  const warning = page.getByTestId('week-warnings').getByTestId('week-warning').first();
  await expect(warning).toHaveAttribute('data-kind', 'overbooked');
  await expect(warning).toHaveAttribute('data-first', week);
  await expect(warning).toContainText(`short in wk ${Number(week.slice(6))} (`);
  await expect(warning).toContainText('hours spare');
  await expect(page.getByTestId('assign-view')).toBeVisible();

  await page.getByTestId('week-warnings-proceed').click();
  await expect(page.getByTestId('assign-view')).toHaveCount(0);
  await expect(requests.drawerStatus).toHaveAttribute('data-status', 'assigned');
});

/** The first person on Team, opened in the drawer on their schedule. */
async function openSchedule(page: Page): Promise<{ drawer: PersonDrawer; name: string }> {
  const name = await new TeamPage(page).rows.first().getByTestId('person-open').innerText();
  const drawer = new PersonDrawer(page);
  await drawer.open(name);
  await expect(drawer.root.getByTestId('schedule-row').first()).toBeVisible();
  return { drawer, name };
}

const fourHoursOnMonday = { mon: '4', tue: '0', wed: '0', thu: '0', fri: '0' };

test('a new schedule that leaves someone short lists the weeks before it is saved; back keeps the form (NL)', async ({
  app,
  page,
}) => {
  await app.goTo('team');
  const { drawer, name } = await openSchedule(page);
  const rows = drawer.root.getByTestId('schedule-row');
  const before = await rows.count();
  await drawer.root.getByTestId('schedule-new').click();
  const scheduleFrom = page.getByTestId('person-schedule-from');
  await scheduleFrom.fill('04-01-2027');
  await scheduleFrom.press('Tab');
  for (const [day, hours] of Object.entries(fourHoursOnMonday))
    await page.getByTestId(`person-hours-${day}`).fill(hours);
  await page.getByTestId('person-save').click();

  const warnings = page.getByTestId('week-warnings');
  await expect(warnings).toContainText('Let op');
  const first = warnings.getByTestId('week-warning').first();
  await expect(first).toHaveAttribute('data-kind', 'overbooked');
  // Nothing before the new schedule starts (week 1 of 2027) is its doing.
  expect(
    (
      await warnings
        .getByTestId('week-warning')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-first') ?? ''))
    ).every((w) => w >= '2027-W01'),
  ).toBe(true);
  await expect(first).toContainText(
    new RegExp(`^${name}: wk \\d+ \\(\\d\\d-\\d\\d-2027\\).* tekort, tot -[\\d,]+ uur vrij$`),
  );

  await warnings.getByTestId('week-warnings-back').click();
  await expect(warnings).toHaveCount(0);
  await expect(page.getByTestId('person-hours-mon')).toHaveValue('4');
  await page.getByTestId('person-save').click();
  await page.getByTestId('week-warnings-proceed').click();
  await expect(page.getByTestId('person-form')).toHaveCount(0);
  await drawer.open(name);
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first()).toContainText('04-01-2027');
});

test('a schedule correction that leaves someone short warns from this week on, then asks to confirm (EN)', async ({
  app,
  page,
}) => {
  await app.switchLanguage('EN');
  await app.goTo('team');
  const { drawer, name } = await openSchedule(page);
  const current = drawer.root.getByTestId('schedule-row').filter({ hasText: 'Current' });
  await current.getByTestId('schedule-correct').click();
  const correction = page.getByTestId('schedule-correction');
  for (const [day, hours] of Object.entries(fourHoursOnMonday))
    await correction.getByTestId(`correct-hours-${day}`).fill(hours);
  await correction.getByTestId('schedule-correction-save').click();

  const first = correction.getByTestId('week-warning').first();
  await expect(first).toHaveAttribute('data-kind', 'overbooked');
  // The weeks already past are history: the warning starts at the earliest in this week (48).
  expect((await first.getAttribute('data-first')) ?? '').toMatch(/^(2026-W(4[89]|5\d)|2027-W\d\d)$/);
  await expect(first).toContainText(`${name}: short in wk`);

  page.once('dialog', (dialog) => void dialog.accept());
  await correction.getByTestId('week-warnings-proceed').click();
  await expect(correction).toHaveCount(0);
  // The week total of the corrected schedule (From, Mon–Sun, Total).
  await expect(current.locator('td').nth(8)).toHaveText('4');
});
