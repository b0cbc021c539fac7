import { expect, test } from './support/fixtures.ts';
import { CapacityPage, readHours } from './support/capacity-page.ts';

// 7–13 December 2026: three weeks after the fixed "today", and no public holidays.
const WEEK = '2026-W50';

test('the demo shows the capacity grid with this week highlighted and a team total', async ({ app, page }) => {
  await app.goTo('capacity');
  const capacity = new CapacityPage(page);
  await expect(capacity.rows.first()).toBeVisible();
  expect(await capacity.rows.count()).toBeGreaterThanOrEqual(13);
  await expect(page.getByTestId('capacity-week').first()).toHaveAttribute('data-week', '2026-W48');
  await expect(page.getByTestId('capacity-total-row')).toContainText('Team totaal');
});

test('filtering by a skill hides people without it', async ({ app, page, host, request }) => {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const snapshot = await (
    await request.post(`${host.origin}/api/getSnapshot`, { data: {}, headers: { 'x-secretariaat-token': token } })
  ).json();
  const people: { id: string; skills: string[]; activeTo: string | null }[] = snapshot.value.workspace.people;
  const withFinance = people.filter(
    (p) => p.skills.includes('finance') && (p.activeTo === null || p.activeTo >= '2026-11-23'),
  );

  await app.goTo('capacity');
  const capacity = new CapacityPage(page);
  await capacity.filterBySkill('Financiën');
  await expect(capacity.rows).toHaveCount(withFinance.length);
  for (const person of withFinance) await expect(capacity.row(person.id)).toBeVisible();
});

test('leave for a secretary lowers their cell and shows their manager as uncovered with a proposal', async ({
  app,
  page,
}) => {
  await app.goTo('capacity');
  const capacity = new CapacityPage(page);
  const personId = (await capacity.rows.first().getAttribute('data-person-id')) ?? '';
  await capacity.openCell(personId, WEEK);
  const availableBefore = await capacity.lineValue('available');
  const adhocBefore = await capacity.lineValue('adhoc');
  expect(availableBefore).toBeGreaterThan(0);

  await page.getByTestId('cell-add-week-leave').click();
  await expect(page.getByTestId('cell-value-available')).toHaveText('0');
  await page.keyboard.press('Escape');
  // A week of leave takes structural support and placements with it; assigned ad-hoc hours stay.
  await expect
    .poll(async () => readHours(await (await capacity.cell(personId, WEEK)).innerText()))
    .toBeCloseTo(-adhocBefore, 1);

  // The cover view groups weeks into runs per manager; week 50 lies in the default range of the coming four weeks.
  await page.getByTestId('capacity-tab-coverage').click();
  const runs = page.locator(`[data-testid="coverage-row"][data-person-ids~="${personId}"][data-from="${WEEK}"]`);
  const gap = runs.first();
  await expect(gap).toBeVisible();
  await expect(gap.getByTestId('coverage-proposal')).not.toBeEmpty();
  const gapsBefore = await runs.count();
  await gap.getByTestId('coverage-accept').click();
  await expect(runs).toHaveCount(gapsBefore - 1);
});

test('who is free ranks people for hours in a window, with the reason shown', async ({ app, page }) => {
  await app.goTo('capacity');
  await page.getByTestId('capacity-tab-free').click();
  await page.getByTestId('free-search').click();
  const first = page.getByTestId('free-candidate').first();
  await expect(first).toContainText('uur vrij');
  await expect(first).toContainText('past');
});
