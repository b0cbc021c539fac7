import { expect, test } from './support/fixtures.ts';
import { PlacementsPage, readDutchNumber } from './support/placements-page.ts';

// Today is fixed at 23 November 2026: "this month" is 2026-11 and "next month" 2026-12.
const THIS_MONTH = '2026-11';
const NEXT_MONTH = '2026-12';

test('confirming a proposed placement moves its revenue from forecast to planned', async ({ app, page }) => {
  await app.goTo('placements');
  const placements = new PlacementsPage(page);
  const plannedNow = await placements.summaryCents('this-month', 'planned');
  const plannedNext = await placements.summaryCents('next-month', 'planned');
  const forecastNext = await placements.summaryCents('next-month', 'forecast');

  await placements.filterByStatus('Voorgesteld');
  // The demo proposes one placement starting on 1 December: nothing this month, revenue next month.
  const row = placements.rows.filter({ hasText: '01-12-2026' }).first();
  const id = (await row.getAttribute('data-placement-id')) ?? '';
  await expect(row.getByTestId('placement-this-month')).toHaveText('—');
  const drawer = await placements.open(id);
  await expect(drawer.getByTestId('placement-status-badge')).toHaveText('Voorgesteld');
  const december = await placements.monthPlannedCents(NEXT_MONTH);
  expect(december).toBeGreaterThan(0);

  await drawer.getByTestId('placement-confirm').click();
  await expect(drawer.getByTestId('placement-status-badge')).toHaveText('Bevestigd');
  await expect(drawer.getByTestId('placement-confirm')).toBeHidden();
  expect(await placements.monthPlannedCents(NEXT_MONTH)).toBe(december);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await expect.poll(() => placements.summaryCents('next-month', 'planned')).toBe(plannedNext + december);
  expect(await placements.summaryCents('next-month', 'forecast')).toBe(forecastNext - december);
  expect(await placements.summaryCents('this-month', 'planned')).toBe(plannedNow);
  // The status filter still says "proposed", so the confirmed placement leaves the list.
  await expect(placements.row(id)).toHaveCount(0);
});

test('a new rate from the 1st of next month leaves this month and changes next month by hours × the new rate', async ({
  app,
  page,
}) => {
  await app.goTo('placements');
  const placements = new PlacementsPage(page);
  await placements.filterByStatus('Bevestigd');
  const row = placements.rows.filter({ hasText: 'doorlopend' }).first();
  const id = (await row.getAttribute('data-placement-id')) ?? '';
  const thisMonthInTable = await row.getByTestId('placement-this-month').innerText();
  const drawer = await placements.open(id);
  const november = await placements.monthPlannedCents(THIS_MONTH);
  const decemberBefore = await placements.monthPlannedCents(NEXT_MONTH);
  const decemberHours = await placements.monthPlannedHours(NEXT_MONTH);
  const oldRate = decemberHours > 0 ? decemberBefore / decemberHours : 0;

  await placements.changeRate('75,00');

  await expect(drawer.getByTestId('placement-rate-step').last()).toContainText('01-12-2026');
  await expect(drawer.getByTestId('placement-rate-step').last()).toContainText('€ 75,00');
  const expected = Math.round(decemberHours * 7500);
  await expect.poll(() => placements.monthPlannedCents(NEXT_MONTH)).toBe(expected);
  expect(expected - decemberBefore).toBe(Math.round(decemberHours * (7500 - oldRate)));
  expect(await placements.monthPlannedHours(NEXT_MONTH)).toBe(decemberHours);
  expect(await placements.monthPlannedCents(THIS_MONTH)).toBe(november);
  await page.keyboard.press('Escape');
  await expect(row.getByTestId('placement-this-month')).toHaveText(thisMonthInTable);
  expect(readDutchNumber(thisMonthInTable) * 100).toBeCloseTo(november, 6);
});

test('a client with a bad email is refused on the field and nothing is saved', async ({ app, page }) => {
  await app.goTo('placements');
  const placements = new PlacementsPage(page);
  await placements.openClientsTab();
  const before = await placements.clientRows.count();

  const form = await placements.fillClient({ name: 'Stichting Proef', email: 'geen-e-mailadres', rate: '60,00' });
  await form.getByTestId('client-save').click();
  await expect(form.getByText('Geen geldig e-mailadres')).toBeVisible();
  await expect(form.getByTestId('client-email')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByTestId('client-name')).toHaveValue('Stichting Proef');

  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(placements.clientRows).toHaveCount(before);
  await expect(placements.clientRows.filter({ hasText: 'Stichting Proef' })).toHaveCount(0);
});
