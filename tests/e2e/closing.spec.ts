import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect } from './support/fixtures.ts';
import { ReportPage, callApi, pdfText } from './support/report-page.ts';
import { PersonDrawer } from './support/person-drawer.ts';
import { TeamPage } from './support/team-page.ts';
import { formatMoney } from '../../shared/format.ts';

/*
 * October 2026 in the 15-person demo, today 2026-11-23. Value created, hand-checked (report.spec.ts):
 * (15 + 28,5) h × € 65 = € 2.827,50 + 188,25 h of done requests × € 55 = € 10.353,75 → € 13.181,25.
 * With the shadow rate at € 99 from 1 January 2026: 43,5 h × € 99 = € 4.306,50 → € 14.660,25.
 */
const MONTH = '2026-10';
const REPORTED_VALUE = 1_318_125;
const VALUE_AT_99 = 1_466_025;
const outDir = path.join(os.tmpdir(), 'secretariaat-closing-pdf');
test.beforeAll(() => fs.mkdirSync(outDir, { recursive: true }));
// Each test walks through several screens and two PDFs; on a busy two-core machine that takes minutes.
test.describe.configure({ timeout: 300_000 });

async function seriousViolations(page: Page, testId: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(`[data-testid=${testId}]`).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

type Files = { files: { name: string; mimeType: string; base64: string }[] };
const words = {
  nl: {
    closed: 'Afgesloten op 23-11-2026',
    from: '01-01-2026',
    month: 'oktober 2026',
    value: 'Gecreëerde waarde',
    corrections: 'Correctie na afsluiten',
    revised: 'Herzien uitgegeven op 23-11-2026',
    revisedReport: 'Herzien: gewijzigd sinds de eerste uitgave',
    file: 'Maandoverzicht-2026-10-herzien.xlsx',
    csv: 'Maandoverzicht-2026-10-herzien-gewijzigd-sinds-eerste-uitgave.csv',
  },
  en: {
    closed: 'Closed on 23/11/2026',
    from: '01/01/2026',
    month: 'October 2026',
    value: 'Value created',
    corrections: 'Correction after closing',
    revised: 'Reissued as revised on 23/11/2026',
    revisedReport: 'Revised: changed since the first issue',
    file: 'Monthly-overview-2026-10-revised.xlsx',
    csv: 'Monthly-overview-2026-10-revised-changed-since-first-issue.csv',
  },
};

for (const language of ['nl', 'en'] as const) {
  test(`a closed month (${language}) keeps its reported figures after a rate change and a placement correction, and a revised issue lists each difference`, async ({
    app,
    page,
    host,
    request,
  }) => {
    const w = words[language];
    const money = (cents: number) => formatMoney(cents, language);
    if (language === 'en') await app.switchLanguage('EN');
    page.on('dialog', (dialog) => void dialog.accept());

    await app.goTo('value');
    const closing = page.getByTestId('month-closing');
    await closing.getByTestId('close-month').click();
    await expect(page.getByTestId('month-closing-status')).toContainText(w.closed);

    // A later rate dated inside the closed month: Settings warns, the month stays as reported.
    await app.goTo('settings');
    await page.getByTestId('settings-shadow-rate').fill('99');
    const from = page.getByTestId('settings-from');
    await from.fill(w.from);
    await from.press('Tab');
    await expect(page.getByTestId('settings-closed-warning')).toContainText(w.month);
    expect(await seriousViolations(page, 'dated-settings')).toEqual([]);
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-history-row').filter({ hasText: money(9_900) })).toHaveCount(1);
    const pl = (
      await callApi<{ workspace: { placements: { id: string }[] } }>(request, host, 'getSnapshot', {})
    ).workspace.placements.find((p) => p.id === 'pl3')!;
    await callApi(request, host, 'correctPlacementMonth', { id: pl.id, month: MONTH, hours: -2 });

    await app.goTo('value');
    const corrections = page.getByTestId('month-corrections');
    await expect(corrections).toContainText(w.corrections);
    const valueRow = corrections.getByTestId('corrections-table-row').filter({ hasText: w.value });
    await expect(valueRow).toContainText(money(REPORTED_VALUE));
    await expect(valueRow).toContainText(money(VALUE_AT_99));
    await expect(valueRow).toContainText(`+${money(VALUE_AT_99 - REPORTED_VALUE)}`);
    expect(await seriousViolations(page, 'month-closing')).toEqual([]);

    const report = new ReportPage(page);
    await report.open(host, `#/report/${MONTH}`);
    const closedText = pdfText(await report.pdf(path.join(outDir, `closed-${language}.pdf`)));
    expect(closedText).toContain(money(REPORTED_VALUE));
    expect(closedText).toContain(w.corrections);

    await app.open(host.url);
    await app.goTo('value');
    await page.getByTestId('reissue-month').click();
    await expect(page.getByTestId('month-closing-status')).toContainText(w.revised);
    await expect(page.getByTestId('month-corrections')).toHaveCount(0);

    await report.open(host, `#/report/${MONTH}`);
    const revisedText = pdfText(await report.pdf(path.join(outDir, `revised-${language}.pdf`)));
    expect(revisedText).toContain(w.revisedReport);
    expect(await seriousViolations(page, 'report-closing')).toEqual([]);
    expect(revisedText).toMatch(
      new RegExp(
        `${w.value}\\s+${money(REPORTED_VALUE).replace(/[.]/g, '\\.')}\\s+${money(VALUE_AT_99).replace(/[.]/g, '\\.')}`,
      ),
    );

    const [xlsx] = (await callApi<Files>(request, host, 'exportMonthlyOverview', { month: MONTH, format: 'xlsx' }))
      .files;
    expect(xlsx!.name).toBe(w.file);
    const csv = (
      await callApi<Files>(request, host, 'exportMonthlyOverview', { month: MONTH, format: 'csv', separator: ';' })
    ).files.find((f) => f.name === w.csv)!;
    const rows = Papa.parse<string[]>(
      Buffer.from(csv.base64, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
      { delimiter: ';' },
    ).data;
    expect(rows.find((r) => r[0] === w.value)?.slice(1)).toEqual(['13181,25', '14660,25', '1479,00']);
  });
}

test('correcting a past schedule names the closed months it changes and asks first; a new schedule starts next Monday', async ({
  app,
  page,
}) => {
  page.once('dialog', (dialog) => void dialog.accept());
  await app.goTo('value');
  await page.getByTestId('close-month').click();
  await expect(page.getByTestId('month-closing-status')).toContainText('Afgesloten op 23-11-2026');

  await app.goTo('team');
  const drawer = new PersonDrawer(page);
  const name = await new TeamPage(page).rows.first().getByTestId('person-open').innerText();
  await drawer.open(name);
  await drawer.root.getByTestId('schedule-new').click();
  await expect(page.getByTestId('person-schedule-from')).toHaveValue('30-11-2026');
  await expect(page.getByTestId('person-schedule-follows')).toContainText('Volgt op het rooster vanaf');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('person-form')).toHaveCount(0);

  await drawer.open(name);
  await drawer.root.getByTestId('schedule-row').filter({ hasText: 'Huidig' }).getByTestId('schedule-correct').click();
  await expect(drawer.root.getByTestId('schedule-correction-closed')).toContainText('oktober 2026');
  expect(await seriousViolations(page, 'schedule-correction')).toEqual([]);
  await drawer.root.getByTestId('correct-hours-mon').fill('2');
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await drawer.root.getByTestId('schedule-correction-save').click();
  await expect(drawer.root.getByTestId('schedule-correction')).toHaveCount(0);
  expect(asked).toContain('oktober 2026');
  await page.keyboard.press('Escape');

  await app.goTo('value');
  await expect(page.getByTestId('corrections-table-row').filter({ hasText: 'Contracturen' })).toHaveCount(1);
});

test('holiday choices in Settings apply from their date and are listed in the history (en)', async ({ app, page }) => {
  await app.switchLanguage('EN');
  await app.goTo('settings');
  // The demo gives Goede Vrijdag off; from 2027 it no longer does, and Bevrijdingsdag is off every year.
  await expect(page.getByTestId('holiday-goodFriday')).toBeChecked();
  await page.getByTestId('holiday-goodFriday').uncheck();
  await page.getByTestId('liberation-always').check();
  const from = page.getByTestId('settings-from');
  await from.fill('01/01/2027');
  await from.press('Tab');
  await page.getByTestId('settings-save').click();
  const rows = page.getByTestId('settings-history-row').filter({ hasText: 'Holidays off' });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('the start');
  await expect(rows.first()).toContainText('Good Friday');
  await expect(rows.last()).toContainText('01/01/2027');
  await expect(rows.last()).not.toContainText('Good Friday');
  await expect(rows.last()).toContainText('Liberation Day: Off every year');
});
