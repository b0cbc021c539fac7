import { expect, test } from './support/fixtures.ts';
import { PlacementsPage, readDutchNumber } from './support/placements-page.ts';

test('the dashboard shows key figures with their change and the four charts', async ({ app, page }) => {
  await app.goTo('value');
  await expect(page.getByTestId('kpi-revenue').getByTestId('kpi-value')).toContainText('€');
  await expect(page.getByTestId('kpi-revenue')).toContainText('t.o.v. vorige periode');
  for (const chart of ['revenue', 'hours', 'utilisation', 'requests']) {
    await expect(page.getByTestId(`chart-${chart}`).locator('svg.recharts-surface').first()).toBeVisible();
  }
  await page.getByTestId('value-period-kind').getByText('Jaar').click();
  await expect(page.getByTestId('value-period-label')).toHaveText('2026');
  await page.getByTestId('value-prev').click();
  await expect(page.getByTestId('value-period-label')).toHaveText('2025');
});

test('presentation mode opens full screen and steps through the charts with the arrow keys', async ({ app, page }) => {
  await app.goTo('value');
  await page.getByTestId('present').click();
  const presentation = page.getByTestId('presentation');
  await expect(presentation).toHaveAttribute('data-slide', 'figures');
  await expect(presentation.getByRole('button')).toHaveCount(0);
  for (const slide of ['revenue', 'hours', 'utilisation', 'requests']) {
    await page.keyboard.press('ArrowRight');
    await expect(presentation).toHaveAttribute('data-slide', slide);
    await expect(presentation.locator('svg.recharts-surface').first()).toBeVisible();
  }
  await page.keyboard.press('ArrowRight');
  await expect(presentation).toHaveAttribute('data-slide', 'requests');
  await page.keyboard.press('ArrowLeft');
  await expect(presentation).toHaveAttribute('data-slide', 'utilisation');
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
});

test('confirming a proposed placement raises the revenue figure and chart by its planned revenue', async ({
  app,
  page,
}) => {
  const revenueCents = async () =>
    Math.round(readDutchNumber(await page.getByTestId('kpi-revenue').getByTestId('kpi-value').innerText()) * 100);
  const chartCents = async () =>
    Number(
      await page.getByTestId('chart-revenue').locator('[data-last-month-cents]').getAttribute('data-last-month-cents'),
    );

  await app.goTo('value');
  await page.getByTestId('value-next').click();
  await expect(page.getByTestId('value-period-label')).toHaveText('december 2026');
  const before = await revenueCents();
  expect(await chartCents()).toBe(before);

  await app.goTo('placements');
  const placements = new PlacementsPage(page);
  await placements.filterByStatus('Voorgesteld');
  const row = placements.rows.filter({ hasText: '01-12-2026' }).first();
  const drawer = await placements.open((await row.getAttribute('data-placement-id')) ?? '');
  const december = await placements.monthPlannedCents('2026-12');
  await drawer.getByTestId('placement-confirm').click();
  await expect(drawer.getByTestId('placement-status-badge')).toHaveText('Bevestigd');
  await page.keyboard.press('Escape');

  await app.goTo('value');
  await page.getByTestId('value-next').click();
  await expect.poll(revenueCents).toBe(before + december);
  expect(await chartCents()).toBe(before + december);
});
