import { expect, test } from './support/fixtures.ts';
import type { SectionKey } from './support/app-page.ts';
import type { Page } from '@playwright/test';
import { weekKey } from '../../shared/capacity/weeks.ts';
import type { Snapshot } from '../../shared/contract/index.ts';
import { callApi } from './support/today-workspace.ts';

/** Holds the first workspace answer back until `release()`, to see what is drawn before it arrives. */
async function holdTheWorkspace(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/getSnapshot', async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test('the navigation and a loading skeleton show before the workspace arrives, then the grid', async ({
  host,
  page,
}) => {
  const release = await holdTheWorkspace(page);
  await page.goto(host.url);
  await expect(page.getByTestId('nav-capacity')).toBeVisible();
  await expect(page.getByTestId('page-loading')).toBeVisible();
  release();
  await expect(page.getByTestId('capacity-row').first()).toBeVisible();
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
});

test('the app’s code is fetched while the workspace is asked for, not after the answer', async ({ host, page }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('capacity-row').first()).toBeVisible();
  const loads = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      name: e.name,
      start: e.startTime,
      size: (e as unknown as { decodedBodySize: number }).decodedBodySize,
    })),
  );
  const asked = loads.find((e) => e.name.endsWith('/api/getSnapshot'));
  // The app itself (React, Mantine, the grid) is by far the largest script of a start.
  const app = loads.filter((e) => e.name.endsWith('.js')).sort((a, b) => b.size - a.size)[0];
  expect(asked).toBeDefined();
  expect(app?.size).toBeGreaterThan(500_000);
  expect(app!.start).toBeLessThan(asked!.start);
});

test('every page loads its code on first use under the strict content security policy', async ({ app, page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  const pages: SectionKey[] = ['requests', 'placements', 'value', 'team', 'settings', 'capacity'];
  for (const section of pages) await app.goTo(section);
  await expect(page.getByTestId('capacity-grid')).toBeVisible();
  expect(
    violations.filter((text) => /Content Security Policy|Failed to fetch dynamically imported module/i.test(text)),
  ).toEqual([]);
});

test('after choosing English the next start draws its first frame in English', async ({ app, host, page }) => {
  await app.switchLanguage('EN');
  await expect(app.nav('team')).toHaveText('Team');
  await expect(app.nav('capacity')).toHaveText('Capacity');
  const release = await holdTheWorkspace(page);
  await page.goto(host.url);
  await expect(page.getByTestId('page-loading')).toBeVisible();
  await expect(app.nav('capacity')).toHaveText('Capacity');
  release();
  await expect(page.getByTestId('capacity-row').first()).toBeVisible();
  await expect(app.nav('capacity')).toHaveText('Capacity');
});

test('a start draws the grid once, also after the Today badge arrives and a cell is opened and closed', async ({
  app,
  page,
}) => {
  const draws = () => page.evaluate(() => performance.getEntriesByName('capacity-grid-rendered').length);
  await expect(page.getByTestId('capacity-row').first()).toBeVisible();
  await expect(page.getByTestId('today-badge')).toBeVisible();
  expect(await draws()).toBe(1);
  await page.getByTestId('capacity-cell').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await draws()).toBe(1);
  // Memoised, the grid still follows what it shows: its cells speak the new language.
  await app.switchLanguage('EN');
  await expect(page.getByTestId('capacity-cell').first()).toHaveAttribute(
    'aria-label',
    /^\D+, week \d{1,2}: -?[\d.,]+ hours spare, \S/,
  );
});

test('a start on the grid draws it from recent work; the history follows, and what needs it waits for it', async ({
  host,
  page,
  request,
}) => {
  const { workspace, today } = await callApi<Snapshot>(request, host, 'getSnapshot', {});
  const thisWeek = weekKey(today);
  const old = workspace.requests.find(
    (r) => r.status === 'done' && r.assignments.length > 0 && r.assignments.every((a) => a.week < thisWeek),
  );
  if (!old) throw new Error('the demo has no request finished before this week');

  const asked: unknown[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/getSnapshot', async (route) => {
    const input: unknown = route.request().postDataJSON();
    asked.push(input);
    if (!(typeof input === 'object' && input !== null && 'recentFrom' in input)) await held;
    await route.continue();
  });
  await page.goto(host.url);
  await expect(page.getByTestId('capacity-row').first()).toBeVisible();
  await expect.poll(() => asked).toEqual([{ recentFrom: 'this-week' }, {}]);

  await page.getByTestId('nav-requests').click();
  await expect(page.getByTestId('page-loading')).toBeVisible();
  release();
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('palette-search')).toBeFocused();
  await page.keyboard.type(old.title);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('request-drawer-title')).toHaveText(old.title);
});
