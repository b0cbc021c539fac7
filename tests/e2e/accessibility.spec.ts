import type { Page } from '@playwright/test';
import { overflowing, seriousViolations } from './support/accessibility.ts';
import type { AppPage, SectionKey } from './support/app-page.ts';
import { expect, test } from './support/fixtures.ts';

const sections: SectionKey[] = ['capacity', 'requests', 'placements', 'value', 'team', 'settings'];

const layer = '.mantine-Modal-content, .mantine-Drawer-content';

/** Opens a layer, lets axe look at it (the page behind was looked at on its own), and closes it with Esc. */
async function checkLayer(page: Page, name: string, open: () => Promise<void>, found: string[]): Promise<void> {
  await open();
  await page.waitForTimeout(300);
  await note(found, name, await seriousViolations(page, layer));
  await closeAll(page);
}

/** Printed as found, so a run that times out still says what it saw. */
async function note(found: string[], where: string, violations: string[]): Promise<void> {
  for (const v of violations) {
    found.push(`${where}: ${v}`);
    console.log(`${where}: ${v}`);
  }
}

/** Esc closes the top layer only (an open list first, then the dialog, then the drawer behind it). */
async function closeAll(page: Page): Promise<void> {
  const layers = page.locator('.mantine-Modal-content, .mantine-Drawer-content');
  for (let i = 0; i < 4 && (await layers.count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(250);
  }
  await expect(layers).toHaveCount(0);
}

async function everyPage(app: AppPage, page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const section of sections) {
    await app.goTo(section);
    await page.waitForTimeout(300);
    await note(found, section, await seriousViolations(page));
  }
  return found;
}

async function everyLayer(app: AppPage, page: Page): Promise<string[]> {
  const found: string[] = [];
  await app.goTo('capacity');
  await checkLayer(page, 'cell breakdown', () => page.getByTestId('capacity-cell').first().click(), found);
  await checkLayer(page, 'history', () => page.getByTestId('history-open').click(), found);
  await app.goTo('requests');
  await checkLayer(page, 'request form', () => page.getByTestId('request-new').click(), found);
  await checkLayer(
    page,
    'request drawer',
    () => page.locator('[data-testid="request-row"][data-status="new"]').first().click(),
    found,
  );
  await page.locator('[data-testid="request-row"][data-status="new"]').first().click();
  // As the other specs do: act in the drawer once it is there (a CI run once clicked Assign mid-opening to no effect).
  await expect(page.getByTestId('request-drawer')).toBeVisible();
  await page.getByTestId('request-drawer').getByTestId('request-action-assign').click();
  await expect(page.getByTestId('assign-view')).toBeVisible();
  await note(found, 'assign', await seriousViolations(page, '[data-testid="request-dialog"] .mantine-Modal-content'));
  await closeAll(page);
  await app.goTo('placements');
  await checkLayer(page, 'placement drawer', () => page.getByTestId('placement-row').first().click(), found);
  await checkLayer(page, 'placement form', () => page.getByTestId('add-placement').click(), found);
  await app.goTo('team');
  await checkLayer(page, 'person drawer', () => page.getByTestId('person-open').first().click(), found);
  await checkLayer(page, 'import dialog', () => page.locator('[data-testid^="import-"]').first().click(), found);
  await app.goTo('value');
  await page.getByTestId('present').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await note(found, 'presentation', await seriousViolations(page, layer));
  await closeAll(page);
  return found;
}

for (const language of ['NL', 'EN'] as const) {
  test(`axe finds nothing critical or serious on any page (${language})`, async ({ app, page }) => {
    test.setTimeout(240_000);
    if (language === 'EN') await app.switchLanguage('EN');
    expect(await everyPage(app, page)).toEqual([]);
  });

  test(`axe finds nothing critical or serious in the drawers, dialogs and presentation (${language})`, async ({
    app,
    page,
  }) => {
    test.setTimeout(240_000);
    if (language === 'EN') await app.switchLanguage('EN');
    expect(await everyLayer(app, page)).toEqual([]);
  });
}

const sizes = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

test('no page and no presentation slide has text wider than its box, or scrolls sideways, at three screen sizes in both languages', async ({
  app,
  page,
}) => {
  test.setTimeout(300_000);
  const found: string[] = [];
  for (const language of ['NL', 'EN'] as const) {
    await app.switchLanguage(language);
    for (const size of sizes) {
      await page.setViewportSize(size);
      const where = `${language} ${size.width}×${size.height}`;
      for (const section of sections) {
        await app.goTo(section);
        await page.waitForTimeout(250);
        for (const o of await overflowing(page)) found.push(`${where} ${section}: ${o}`);
      }
      await app.goTo('value');
      await page.getByTestId('present').click();
      const presentation = page.getByTestId('presentation');
      await expect(presentation).toBeVisible();
      const seen = new Set<string>();
      for (;;) {
        const slide = (await presentation.getAttribute('data-slide')) ?? '';
        if (seen.has(slide)) break;
        seen.add(slide);
        await page.waitForTimeout(250);
        for (const o of await overflowing(page)) found.push(`${where} slide ${slide}: ${o}`);
        await page.keyboard.press('ArrowRight');
      }
      expect(seen.size).toBeGreaterThan(1);
      await page.keyboard.press('Escape');
      await expect(presentation).toHaveCount(0);
    }
  }
  expect(found).toEqual([]);
});

test('every chart is named by its title and shows its numbers as a table on request, in the language chosen', async ({
  app,
  page,
}) => {
  await app.switchLanguage('EN');
  await app.goTo('value');
  const hours = page.getByRole('figure', { name: 'Hours per month by kind of work' });
  await expect(hours).toBeVisible();
  await hours.getByRole('button', { name: 'Show as table' }).click();
  const table = hours.getByTestId('chart-table');
  await expect(table.locator('th')).toHaveText(['Month', 'Structural support', 'Placements', 'Ad hoc']);
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(hours.getByRole('button', { name: 'Show as chart' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('figure')).toHaveCount(4);
});
