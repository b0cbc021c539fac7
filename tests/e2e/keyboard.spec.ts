import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

/** Presses Tab until `target` has the focus, as someone without a mouse would; fails if it never does. */
async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

const focused = (page: Page) => page.locator(':focus');

test('keyboard only: intake a request, assign it, and open and close a grid cell breakdown', async ({ app, page }) => {
  test.setTimeout(120_000);
  await tabTo(page, app.nav('requests'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('request-new')).toBeVisible({ timeout: 30_000 });

  await tabTo(page, page.getByTestId('request-new'));
  await page.keyboard.press('Enter');
  const form = page.getByTestId('request-form');
  await expect(form).toBeVisible();
  await typeInto(page, form.getByTestId('request-requester'), 'Marieke Jansen');
  await typeInto(page, form.getByTestId('request-department'), 'Beleid');
  await page.keyboard.press('Escape'); // closes the suggestions, not the dialog
  await expect(form).toBeVisible();
  await typeInto(page, form.getByTestId('request-title'), 'Notulen klankbordgroep');
  await typeInto(page, form.getByTestId('request-goal'), 'Afspraken vastleggen');
  await typeInto(page, form.getByTestId('request-deliverable'), 'Conceptnotulen');
  await typeInto(page, form.getByTestId('request-window-from'), '07-12-2026');
  await typeInto(page, form.getByTestId('request-deadline'), '11-12-2026');
  await typeInto(page, form.getByTestId('request-estimate'), '8');
  await typeInto(page, form.getByTestId('request-done-when'), 'Concept bij de voorzitter');
  await tabTo(page, form.getByTestId('request-save'));
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);

  // Saving opens the request. Esc in the Assign dialog closes the dialog only, not the drawer behind it.
  const drawer = page.getByTestId('request-drawer');
  await expect(drawer.getByTestId('request-drawer-title')).toHaveText('Notulen klankbordgroep');
  await tabTo(page, drawer.getByTestId('request-action-assign'));
  await page.keyboard.press('Enter');
  const assign = page.getByTestId('assign-view');
  await expect(assign).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(assign).toHaveCount(0);
  await expect(drawer).toBeVisible();

  await tabTo(page, drawer.getByTestId('request-action-assign'));
  await page.keyboard.press('Enter');
  await tabTo(page, assign.getByTestId('assign-pick').first());
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByTestId('assign-confirm'));
  await page.keyboard.press('Enter');
  await expect(assign).toHaveCount(0);
  await expect(drawer.getByTestId('request-drawer-status')).toHaveAttribute('data-status', 'assigned');
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // The grid is one tab stop: Tab enters at this week's cell of the first person, the next Tab leaves it.
  await tabTo(page, app.nav('capacity'));
  await page.keyboard.press('Enter');
  const grid = page.getByTestId('capacity-grid');
  await expect(grid).toBeVisible();
  const entry = grid.locator('[data-testid="capacity-cell"][tabindex="0"]');
  await expect(entry).toHaveCount(1);
  await tabTo(page, entry);
  await expect(focused(page)).toHaveAttribute('data-row', '0');
  const thisWeek = Number(await focused(page).getAttribute('data-col'));
  await page.keyboard.press('Tab');
  await expect(grid.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(focused(page)).toHaveAttribute('data-row', '0');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(focused(page)).toHaveAttribute('data-row', '2');
  await expect(focused(page)).toHaveAttribute('data-col', String(thisWeek + 1));
  await page.keyboard.press('End');
  await expect(focused(page)).toHaveAttribute('data-col', '12');
  await page.keyboard.press('Home');
  await expect(focused(page)).toHaveAttribute('data-col', '0');

  // Enter opens the breakdown of that cell; Esc closes it and gives the focus back to the same cell.
  const personId = await focused(page).evaluate(
    (el) => el.closest('[data-person-id]')?.getAttribute('data-person-id') ?? '',
  );
  const name = await grid
    .locator(`[data-testid="capacity-row"][data-person-id="${personId}"] [role="rowheader"]`)
    .innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cell-panel')).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText(name);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cell-panel')).toHaveCount(0);
  await expect(focused(page)).toHaveAttribute('data-row', '2');
  await expect(focused(page)).toHaveAttribute('data-col', '0');
});
