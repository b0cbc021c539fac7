import type { Page } from '@playwright/test';
import { seriousViolations } from './support/accessibility.ts';
import type { SectionKey } from './support/app-page.ts';
import { expect, test } from './support/fixtures.ts';
import { callApi } from './support/today-workspace.ts';

// Walking every page and three actions by keyboard, with a page load each: more than a minute on a busy machine.
test.slow();

const pages: [SectionKey, string, string][] = [
  ['today', 'Vandaag', 'Today'],
  ['capacity', 'Capaciteit', 'Capacity'],
  ['requests', 'Aanvragen', 'Requests'],
  ['placements', 'Detacheringen', 'Placements'],
  ['value', 'Meerwaarde', 'Value'],
  ['team', 'Team', 'Team'],
  ['settings', 'Instellingen', 'Settings'],
];

/** Ctrl+K, type, Enter: the keyboard only. */
async function command(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('palette-search')).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('the palette reaches every page, a person, a request and three actions by keyboard alone (NL)', async ({
  app,
  page,
  host,
  request,
}) => {
  const { workspace } = await callApi<{
    workspace: { people: { id: string; name: string; activeTo: string | null }[] };
  }>(request, host, 'getSnapshot', {});
  const person = workspace.people.find((p) => p.activeTo === null)!;

  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('palette-search')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Nieuwe aanvraag' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('palette-search')).toHaveCount(0);

  for (const [section, nl] of pages) {
    await command(page, nl);
    await expect(app.nav(section)).toHaveAttribute('aria-current', 'page');
  }

  await command(page, person.name);
  await expect(page.getByTestId('person-drawer-title')).toHaveText(person.name);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('person-drawer')).toHaveCount(0);

  await command(page, 'handelsmissie kopenhagen');
  await expect(page.getByTestId('request-drawer-title')).toHaveText('Reis handelsmissie Kopenhagen');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('request-drawer')).toHaveCount(0);

  await command(page, 'nieuwe aanvraag');
  await expect(page.getByTestId('request-form')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('request-form')).toHaveCount(0);

  // Log leave for someone: typed in one go (the "Verlof invoeren…" step, chosen by the arrows, is checked by hand only).
  await command(page, `verlof invoeren ${person.name}`);
  await expect(page.getByTestId('person-drawer-title')).toHaveText(person.name);
  await expect(page.getByTestId('leave-form')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('leave-form')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('person-drawer')).toHaveCount(0);

  await command(page, 'nieuwe detachering');
  await expect(page.getByTestId('placement-form')).toBeVisible();
  // The focus starts in the person picker: its first Escape closes the picker's list, the next one the form.
  await expect(page.getByRole('textbox', { name: 'Persoon' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('placement-form')).toHaveCount(0);

  await command(page, 'maandoverzicht');
  await expect(page.getByTestId('overview-month')).toBeFocused();
});

test('the palette speaks English, finds nothing kindly, and undoes the last change', async ({
  app,
  page,
  host,
  request,
}) => {
  await app.switchLanguage('EN');
  for (const [section, , en] of pages) {
    await command(page, en);
    await expect(app.nav(section)).toHaveAttribute('aria-current', 'page');
  }
  await page.keyboard.press('Control+K');
  await page.keyboard.type('zzqx');
  await expect(page.getByText('Nothing found. Try part of a name or title.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // A change to undo: the language switch is not one, a client is.
  await callApi(request, host, 'addClient', { name: 'Palettetest BV', kind: 'external', defaultRateCents: 5000 });
  // The app catches up with another writer within a second or two: the header's Undo comes alive.
  await expect(page.getByTestId('undo')).toBeEnabled({ timeout: 15_000 });
  await command(page, 'palettetest');
  await expect(app.nav('placements')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('placements-filter-client')).toHaveValue('Palettetest BV');
  await command(page, 'undo');
  await expect(page.getByText('Last change undone')).toBeVisible();
  const { workspace } = await callApi<{ workspace: { clients: { name: string }[] } }>(request, host, 'getSnapshot', {});
  expect(workspace.clients.map((c) => c.name)).not.toContain('Palettetest BV');
});
