import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { readDutchNumber } from './support/placements-page.ts';

const card = (page: Page, key: string) => page.getByTestId(`kpi-${key}`);
const changeOf = (page: Page, key: string) => card(page, key).getByTestId('kpi-change');

async function pickKind(page: Page, label: string): Promise<void> {
  await page.getByTestId('value-period-kind').getByText(label, { exact: true }).click();
}

test('the dashboard marks running and forecast periods, refuses changes against a partial base and compares utilisation in points (NL)', async ({
  app,
  page,
}) => {
  // Each step recomputes a year of figures; on a busy machine the walk takes longer than one minute.
  test.slow();
  await app.goTo('value');
  // November 2026 holds today: running, its changes are shown but not coloured.
  await expect(page.getByTestId('value-period-label')).toHaveText('november 2026');
  await expect(page.getByTestId('value-period-status')).toHaveText('Lopend');
  await expect(changeOf(page, 'revenue')).toHaveAttribute('data-tone', 'neutral');

  // 2025 has revenue in December only: no "+3.780 %", but the reason.
  await pickKind(page, 'Jaar');
  await expect(page.getByTestId('value-period-label')).toHaveText('2026');
  await expect(changeOf(page, 'revenue')).toHaveText('– vorige periode had gegevens in 1 van 12 maanden');
  await expect(changeOf(page, 'utilisation')).toHaveText(/^\+\d+ procentpunt t\.o\.v\. vorige periode$/);
  await expect(card(page, 'utilisation')).not.toContainText('114');

  // 2027 is a forecast: no red −100 %.
  await page.getByTestId('value-next').click();
  await expect(page.getByTestId('value-period-label')).toHaveText('2027');
  await expect(page.getByTestId('value-period-status')).toHaveText('Prognose');
  await expect(changeOf(page, 'value')).toHaveText('– prognose, nog niet gebeurd');
  await expect(page.locator('[data-tone="bad"], [data-tone="good"]')).toHaveCount(0);

  // Back to 2026, then Maand: the month that holds today, not January.
  await page.getByTestId('value-prev').click();
  await pickKind(page, 'Maand');
  await expect(page.getByTestId('value-period-label')).toHaveText('november 2026');
});

test('a closed month is coloured and its figures read the Dutch way: 8,5 dagen, hour parts that add up, utilisation explained', async ({
  app,
  page,
}) => {
  // Each step recomputes a year of figures; on a busy machine the walk takes longer than one minute.
  test.slow();
  await app.goTo('value');
  // October is closed: changes are coloured, and its figures read the Dutch way.
  await page.getByTestId('value-prev').click();
  await expect(page.getByTestId('value-period-label')).toHaveText('oktober 2026');
  await expect(page.getByTestId('value-period-status')).toHaveCount(0);
  await expect(changeOf(page, 'revenue')).toHaveAttribute('data-tone', 'bad');
  await expect(card(page, 'median').getByTestId('kpi-value')).toHaveText('8,5 dagen');
  const total = readDutchNumber(await card(page, 'hours').getByTestId('kpi-value').innerText());
  const parts = (await card(page, 'hours').getByTestId('kpi-sub').innerText()).match(/[\d.]+/g)!.map(readDutchNumber);
  expect(total).toBe(1522);
  expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);

  // The utilisation card says what it measures.
  await card(page, 'utilisation').hover();
  await expect(page.getByRole('tooltip')).toContainText('gedeeld door beschikbare uren');
});

test('the same honesty in English: forecast, running, partial base and percentage points', async ({ app, page }) => {
  test.slow();
  await app.switchLanguage('EN');
  await app.goTo('value');
  await expect(page.getByTestId('value-period-status')).toHaveText('Running');
  await pickKind(page, 'Quarter');
  await expect(page.getByTestId('value-period-label')).toHaveText('Q4 2026');
  await pickKind(page, 'Year');
  await expect(changeOf(page, 'revenue')).toHaveText('– previous period had data in 1 of 12 months');
  await expect(changeOf(page, 'utilisation')).toHaveText(/^\+\d+ percentage points vs previous period$/);
  await page.getByTestId('value-next').click();
  await expect(page.getByTestId('value-period-status')).toHaveText('Forecast');
  await expect(changeOf(page, 'revenue')).toHaveText('– forecast, not happened yet');
  await pickKind(page, 'Month');
  await expect(page.getByTestId('value-period-label')).toHaveText('January 2027');
  await page.getByTestId('value-prev').click();
  await page.getByTestId('value-prev').click();
  await page.getByTestId('value-prev').click();
  await expect(page.getByTestId('value-period-label')).toHaveText('October 2026');
  await expect(card(page, 'median').getByTestId('kpi-value')).toHaveText('8.5 days');
});
