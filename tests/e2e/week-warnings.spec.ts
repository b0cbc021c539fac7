import { expect, test } from './support/fixtures.ts';
import { PlacementsPage } from './support/placements-page.ts';
import { RequestsPage } from './support/requests-page.ts';

test('confirming a placement that lands in leave weeks says so first; going back changes nothing (NL)', async ({ app, page }) => {
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
