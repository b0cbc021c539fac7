import { expect, test } from './support/fixtures.ts';

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
