import type { Page } from '@playwright/test';
import { seriousViolations } from './support/accessibility.ts';
import { expect, test } from './support/fixtures.ts';
import { RequestsPage } from './support/requests-page.ts';
import { buildTodayWorkspace, callApi } from './support/today-workspace.ts';

// Building the workspace takes a dozen calls and the test walks four pages: more than a minute on a busy machine.
test.slow();

/** Closes the open drawer by its close button (Escape races the drawer's opening transition). */
async function closeDrawer(page: Page): Promise<void> {
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^(Sluiten|Close)$/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

const kinds = ['overdue', 'deferredDue', 'nearDeadline', 'placementEnding', 'overbooked', 'uncovered'] as const;

test('Today lists each kind of item with its count in the menu, and each action opens the thing it is about (NL)', async ({
  app,
  page,
  host,
  request,
}) => {
  const built = await buildTodayWorkspace(request, host);
  await page.reload();
  await app.goTo('today');
  const items = page.getByTestId('today-item');
  for (const kind of kinds) await expect(page.getByTestId(`today-kind-${kind}`)).toBeVisible();
  await expect(page.getByTestId('today-kind-overdue')).toContainText(built.overdue);
  await expect(page.getByTestId('today-kind-overdue')).toContainText('5 dagen te laat');
  await expect(page.getByTestId('today-kind-nearDeadline')).toContainText(built.nearDeadline);
  await expect(page.getByTestId('today-kind-deferredDue')).toContainText(built.deferred);
  await expect(page.getByTestId('today-kind-deferredDue')).toContainText('Reis handelsmissie Kopenhagen');
  await expect(page.getByTestId('today-kind-placementEnding')).toContainText(built.placementPerson);
  await expect(page.getByTestId('today-kind-overbooked')).toContainText(built.overbookedPerson.name);
  await expect(page.getByTestId('today-kind-uncovered')).toContainText(built.uncoveredManager);
  // The badge in the menu counts what the page lists.
  await expect(page.getByTestId('today-badge')).toHaveText(String(await items.count()));
  expect(await seriousViolations(page)).toEqual([]);

  await page
    .getByTestId('today-kind-overdue')
    .getByRole('button', { name: `Open aanvraag: ${built.overdue}` })
    .click();
  await expect(app.nav('requests')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('request-drawer-title')).toHaveText(built.overdue);

  await closeDrawer(page);
  await app.goTo('today');
  await page
    .getByTestId('today-kind-placementEnding')
    .getByRole('button', { name: new RegExp(built.placementPerson) })
    .click();
  await expect(page.getByTestId('placement-drawer')).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText(built.placementPerson);

  await closeDrawer(page);
  await app.goTo('today');
  await page
    .getByTestId('today-kind-overbooked')
    .getByRole('button', { name: new RegExp(built.overbookedPerson.name) })
    .click();
  await expect(page.getByTestId('cell-panel')).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText(built.overbookedPerson.name);
  await expect(page.getByTestId('capacity-week').first()).toHaveAttribute('data-week', '2026-W49');

  await closeDrawer(page);
  await app.goTo('today');
  await page
    .getByTestId('today-kind-uncovered')
    .getByRole('button', { name: new RegExp(built.uncoveredManager) })
    .click();
  await expect(page.getByTestId('capacity-tab-coverage')).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.locator(
      `[data-testid="coverage-row"][data-manager=${JSON.stringify(built.uncoveredManager)}][data-from="2026-W49"]`,
    ),
  ).toBeVisible();
});

test('Today speaks English and an item settled drops off the list and the badge', async ({
  app,
  page,
  host,
  request,
}) => {
  const built = await buildTodayWorkspace(request, host);
  await page.reload();
  await app.switchLanguage('EN');
  await app.goTo('today');
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  await expect(page.getByTestId('today-kind-overdue')).toContainText('Past their deadline');
  await expect(page.getByTestId('today-kind-overdue')).toContainText('5 days late');
  await expect(page.getByTestId('today-kind-uncovered')).toContainText('Managers without support in the next 2 weeks');
  const before = Number(await page.getByTestId('today-badge').textContent());
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: `Open request: ${built.nearDeadline}` }).click();
  await expect(page.getByTestId('request-drawer-title')).toHaveText(built.nearDeadline);
  await new RequestsPage(page).decline('No room this month');
  await expect(page.getByTestId('today-badge')).toHaveText(String(before - 1));
  await closeDrawer(page);
  await app.goTo('today');
  await expect(page.getByTestId('today-kind-nearDeadline')).toHaveCount(0);
});

test('an empty workspace says there is nothing urgent and where to go next', async ({ app, page, host, request }) => {
  await callApi(request, host, 'resetWorkspace', { to: 'empty' });
  await page.reload();
  await app.goTo('today');
  await expect(page.getByTestId('today-empty')).toContainText('Niets dringends vandaag');
  await expect(page.getByTestId('today-badge')).toHaveCount(0);
  await page.getByTestId('today-empty').getByRole('button', { name: 'Naar aanvragen' }).click();
  await expect(app.nav('requests')).toHaveAttribute('aria-current', 'page');
});
