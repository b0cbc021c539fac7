import type { Page } from '@playwright/test';
import { seriousViolations } from './support/accessibility.ts';
import { expect, test } from './support/fixtures.ts';

type Notice = { title: string; body: string };

/*
 * A headless browser draws no system notification, so the page's Notification is wrapped to
 * note what it was asked to show; the real one still runs underneath.
 */
async function noteNotices(page: Page): Promise<void> {
  await page.addInitScript(`
    window.shownNotices = [];
    window.Notification = class extends window.Notification {
      constructor(title, options) {
        super(title, options);
        window.shownNotices.push({ title, body: options?.body ?? '' });
      }
    };
  `);
}

// Settings, a reload and axe on a busy machine take longer than the default minute.
test.slow();

const notices = (page: Page) => page.evaluate<Notice[]>('window.shownNotices');

test('the daily Today notice is off until switched on, then shows once a day with the counts per kind (NL)', async ({
  app,
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['notifications'], { origin: new URL(host.url).origin });
  await noteNotices(page);
  await page.reload();
  await app.goTo('today');
  const count = Number(await page.getByTestId('today-badge').innerText());
  expect(count).toBeGreaterThan(0);
  expect(await notices(page)).toEqual([]);

  await app.goTo('settings');
  const toggle = page.getByTestId('daily-notice');
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(toggle).toBeChecked();
  await expect.poll(() => notices(page)).toHaveLength(1);
  const [notice] = await notices(page);
  expect(notice!.title).toBe(`Vandaag: ${count} punten vragen aandacht`);
  expect(notice!.body.split('\n').reduce((sum, line) => sum + Number(line.split(': ').at(-1)), 0)).toBe(count);
  expect(await seriousViolations(page)).toEqual([]);

  // Another start on the same day: the switch is remembered, the notice is not repeated.
  await page.reload();
  await app.goTo('settings');
  await expect(page.getByTestId('daily-notice')).toBeChecked();
  await expect(page.getByTestId('today-badge')).toHaveText(String(count));
  expect(await notices(page)).toEqual([]);
});

test('a notification permission not given leaves the switch off and says how to allow it (EN)', async ({
  app,
  page,
}) => {
  await app.switchLanguage('EN');
  await app.goTo('settings');
  await page.getByTestId('daily-notice').click();
  await expect(page.getByTestId('daily-notice-problem')).toContainText('Notifications are blocked');
  await expect(page.getByTestId('daily-notice')).not.toBeChecked();
});
