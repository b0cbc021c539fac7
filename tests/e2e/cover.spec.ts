import type { APIRequestContext, Page } from '@playwright/test';
import { seriousViolations } from './support/accessibility.ts';
import { HistoryDrawer } from './support/history-drawer.ts';
import { expect, test } from './support/fixtures.ts';
import type { WebHostProcess } from './support/web-host.ts';

type Line = { id: string; personId: string; supported: string; from: string; to: string | null };
type Snapshot = {
  people: { id: string; name: string; activeTo: string | null }[];
  structural: Line[];
  leave: { personId: string; from: string; to: string }[];
};

async function call(request: APIRequestContext, host: WebHostProcess, op: string, data: unknown) {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  return (await request.post(`${host.origin}/api/${op}`, { data, headers: { 'x-secretariaat-token': token } })).json();
}

const snapshot = async (request: APIRequestContext, host: WebHostProcess): Promise<Snapshot> =>
  (await call(request, host, 'getSnapshot', {})).value.workspace;

/**
 * A secretary who is the only support of a manager and has no leave in the coming four weeks; the
 * test sends them on leave in weeks 49 and 50 (30 November – 11 December 2026).
 */
async function sendOnLeave(
  request: APIRequestContext,
  host: WebHostProcess,
): Promise<{ line: Line; workspace: Snapshot }> {
  const workspace = await snapshot(request, host);
  const line = workspace.structural.find(
    (l) =>
      l.to === null &&
      l.from <= '2026-11-30' &&
      workspace.structural.filter((o) => o.supported === l.supported).length === 1 &&
      !workspace.leave.some((v) => v.personId === l.personId && v.from <= '2026-12-20' && v.to >= '2026-11-23'),
  )!;
  expect(
    await call(request, host, 'addLeave', {
      personId: line.personId,
      kind: 'vacation',
      from: '2026-11-30',
      to: '2026-12-11',
      hoursPerDay: null,
    }),
  ).toMatchObject({ ok: true });
  return { line, workspace };
}

const rowOf = (page: Page, manager: string) =>
  page.locator(`[data-testid="coverage-row"][data-manager=${JSON.stringify(manager)}]`);

async function openCover(page: Page) {
  await page.getByTestId('capacity-tab-coverage').click();
  await expect(page.getByTestId('coverage-range')).toBeVisible();
}

test('two weeks of leave make one row per manager; the range shows the next 4, 8 or 13 weeks; another backup or a split is arranged (NL)', async ({
  app,
  page,
  host,
  request,
}) => {
  test.setTimeout(150_000);
  const { line } = await sendOnLeave(request, host);
  await app.goTo('capacity');
  await openCover(page);

  const row = rowOf(page, line.supported);
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-from', '2026-W49');
  await expect(row).toHaveAttribute('data-to', '2026-W50');
  await expect(row).toContainText('wk 49–50');
  await expect(row).toContainText('30-11-2026 – 13-12-2026');

  // Default: the coming 4 weeks (48–51). Thirteen weeks reach past Christmas; back to 4 drops those rows again.
  const rows = page.getByTestId('coverage-row');
  const lastWeeks = async () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-to') ?? ''));
  expect((await lastWeeks()).every((w) => w <= '2026-W51')).toBe(true);
  const inFour = await rows.count();
  await page.getByTestId('coverage-range').getByText('Komende 13 weken').click();
  await expect.poll(async () => (await lastWeeks()).some((w) => w > '2026-W51')).toBe(true);
  expect((await lastWeeks()).every((w) => w <= '2027-W08')).toBe(true);
  await page.getByTestId('coverage-range').getByText('Komende 4 weken').click();
  await expect(rows).toHaveCount(inFour);

  // Arrange otherwise: two people split the hours, each shown with their spare hours in weeks 49 and 50.
  await row.getByTestId('coverage-choose').click();
  const chooser = page.getByTestId('cover-chooser');
  await expect(chooser.getByTestId('cover-candidate').first().getByTestId('cover-candidate-spare')).toContainText(
    /vrij: wk 49: [\d,]+ u · wk 50: [\d,]+ u/,
  );
  for (const box of await chooser.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
  await expect(chooser.getByTestId('cover-total')).toHaveText('Kies één of twee personen.');
  const candidates = chooser.getByTestId('cover-candidate');
  const [first, second] = [candidates.nth(0), candidates.nth(1)];
  const ids = [await first.getAttribute('data-person-id'), await second.getAttribute('data-person-id')];
  await first.getByTestId('cover-candidate-pick').check();
  await first.getByTestId('cover-candidate-hours').fill('2');
  await second.getByTestId('cover-candidate-pick').check();
  await second.getByTestId('cover-candidate-hours').fill('1,5');
  // A third cannot be added: cover is one person or a split over two.
  await expect(candidates.nth(2).getByTestId('cover-candidate-pick')).toBeDisabled();
  await expect(chooser.getByTestId('cover-total')).toContainText('Samen 3,5 van');
  await chooser.getByTestId('cover-save').click();
  await expect(row).toHaveCount(0);

  const added = (await snapshot(request, host)).structural.filter(
    (l) => l.supported === line.supported && l.id !== line.id,
  );
  expect(added.map((l) => ({ personId: l.personId, from: l.from, to: l.to }))).toEqual([
    { personId: ids[0], from: '2026-11-30', to: '2026-12-13' },
    { personId: ids[1], from: '2026-11-30', to: '2026-12-13' },
  ]);
});

test.describe(() => {
  // It restarts the host: a host of its own, not the worker's shared one.
  test.use({ ownHost: true });

  test('a gap set aside with a reason stays aside after a restart, can be restored, and undo brings it back (EN)', async ({
    app,
    page,
    host,
    request,
  }) => {
    test.setTimeout(150_000);
    const { line } = await sendOnLeave(request, host);
    await app.switchLanguage('EN');
    await app.goTo('capacity');
    await openCover(page);
    await expect(page.getByTestId('coverage-range')).toContainText('Next 4 weeks');
    const row = rowOf(page, line.supported);
    await expect(row).toHaveCount(1);

    await row.getByTestId('coverage-dismiss').click();
    const form = page.getByTestId('cover-dismiss-form');
    await form.getByTestId('cover-dismiss-reason').click();
    await page.getByRole('option', { name: 'The manager is away too' }).click();
    await form.getByTestId('cover-dismiss-note').fill('Conference abroad');
    await form.getByTestId('cover-dismiss-save').click();
    await expect(row).toHaveCount(0);
    const aside = page.getByTestId('coverage-dismissed-row').filter({ hasText: line.supported });
    await expect(aside).toContainText('wk 49–50');
    await expect(aside).toContainText('The manager is away too, recorded on 23/11/2026 · Conference abroad');

    await app.open(await host.restart());
    await app.goTo('capacity');
    await openCover(page);
    await expect(aside).toBeVisible();
    await expect(row).toHaveCount(0);

    await aside.getByTestId('coverage-restore').click();
    await expect(row).toHaveCount(1);
    await expect(aside).toHaveCount(0);
    // Undo takes the restore back: the gap is aside again.
    await new HistoryDrawer(page).undo.click();
    await expect(aside).toBeVisible();
    await expect(row).toHaveCount(0);
  });
});

for (const language of ['NL', 'EN'] as const) {
  test(`axe finds nothing critical or serious in the cover view and its dialogs (${language})`, async ({
    app,
    page,
    host,
    request,
  }) => {
    test.setTimeout(150_000);
    const { line } = await sendOnLeave(request, host);
    if (language === 'EN') await app.switchLanguage('EN');
    await app.goTo('capacity');
    await openCover(page);
    await page
      .getByTestId('coverage-range')
      .getByText(language === 'NL' ? 'Komende 13 weken' : 'Next 13 weeks')
      .click();
    // Thirteen weeks reach Christmas, where the same manager may have a second run.
    const row = rowOf(page, line.supported).first();
    await expect(row).toHaveAttribute('data-from', '2026-W49');
    expect(await seriousViolations(page)).toEqual([]);
    for (const action of ['coverage-choose', 'coverage-dismiss']) {
      await row.getByTestId(action).click();
      await expect(page.locator('.mantine-Modal-content')).toBeVisible();
      await page.waitForTimeout(300);
      expect(await seriousViolations(page, '.mantine-Modal-content')).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.locator('.mantine-Modal-content')).toHaveCount(0);
    }
  });
}
