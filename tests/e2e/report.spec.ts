import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { test, expect } from './support/fixtures.ts';
import { ReportPage, callApi, pdfPages, pdfText } from './support/report-page.ts';
import { monthReport } from '../../shared/closing/index.ts';
import { formatHours, formatMoney, formatStyled } from '../../shared/format.ts';
import { overviewTables, type Cell } from '../../shared/report/index.ts';
import { keyFiguresFor, monthlySeries } from '../../shared/dashboard/index.ts';
import type { Snapshot } from '../../shared/contract/index.ts';

/*
 * Golden month: October 2026 in the 15-person demo, today fixed at 2026-11-23 (October is closed).
 * Hand-checked from the demo's records:
 *   placements: Kim 65,6 h × € 69 = € 4.526,40; Daphne and Merel 36 h × € 52 = € 1.872,00 each;
 *               Esther 34 h × € 65 = € 2.210,00 → € 10.480,40; + € 950 sponsoring → revenue € 11.430,40.
 *   value: (15 + 28,5) h × € 65 = € 2.827,50 + 188,25 h of done requests × € 55 = € 10.353,75 → € 13.181,25.
 */
const MONTH = '2026-10';
const HAND_CHECKED = { revenueCents: 1_143_040, placementCents: 1_048_040, valueCents: 1_318_125 };
// Outside test-results/, which a parallel Playwright run may clear; the screenshots are made from these files.
const outDir = path.join(os.tmpdir(), 'secretariaat-report-pdf');

test.beforeAll(() => fs.mkdirSync(outDir, { recursive: true }));

for (const language of ['nl', 'en'] as const) {
  test(`the PDF (${language}) shows the dashboard's figures, with page numbers`, async ({ page, host, request }) => {
    if (language === 'en') await callApi(request, host, 'setLanguage', { language: 'en' });
    const snapshot = await callApi<Snapshot>(request, host, 'getSnapshot', {});
    const figures = keyFiguresFor(snapshot.workspace, [MONTH], snapshot.today);
    expect(figures).toMatchObject(HAND_CHECKED);

    const report = new ReportPage(page);
    await report.open(host, `#/report/${MONTH}`);
    const file = await report.pdf(path.join(outDir, `report-${language}.pdf`));
    const text = pdfText(file);
    for (const cents of [figures.revenueCents, figures.placementCents, figures.valueCents])
      expect(text).toContain(formatMoney(cents, language));
    expect(text).toContain(formatHours(Math.round(figures.hours.total * 100) / 100, language));
    const [point] = monthlySeries(snapshot.workspace, [MONTH], snapshot.today);
    for (const client of snapshot.workspace.clients.filter((c) => point!.byClient[c.id])) {
      expect(text).toMatch(
        new RegExp(
          `${client.name.replace(/[()&]/g, '.')}\\s+${formatMoney(point!.byClient[client.id]!, language).replace(/[.]/g, '\\.')}`,
        ),
      );
    }
    // Every key figure of the shared definition, in its order, with this month's figure on its line.
    const [summary] = overviewTables(monthReport(snapshot.workspace, MONTH, snapshot.today).model, language);
    let from = text.indexOf(summary!.title);
    for (const { cells } of summary!.rows) {
      const [label, value] = cells as [string, Cell];
      const at = text.indexOf(label, from);
      expect(at, label).toBeGreaterThan(from);
      const shown =
        value !== null && typeof value === 'object' && value.kind !== 'date'
          ? formatStyled(Number(value.value), value.kind, language)
          : '–';
      expect(text.slice(at, text.indexOf('\n', at)), label).toContain(shown);
      from = at + label.length;
    }
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(3);
    const word = language === 'nl' ? 'Pagina' : 'Page';
    expect(text).toContain(`${word} 1 / ${pages}`);
    expect(text).toContain(`${word} ${pages} / ${pages}`);
    expect(text).toContain(snapshot.workspace.settings.organisationName);
    expect(text).toContain(language === 'nl' ? 'Gemaakt op 23-11-2026' : 'Made on 23/11/2026');
    // No app chrome on paper.
    expect(text).not.toContain(language === 'nl' ? 'Afdrukken' : 'Print / save');
  });
}

type Files = { files: { name: string; mimeType: string; base64: string }[] };

/** "€ 11.430,40" → 1143040, "1.720,65" → 172065: reads the Dutch numbers back to whole cents. */
function dutchToCents(text: string): number {
  return Math.round(Number(text.replace(/[€\s.]/g, '').replace(',', '.')) * 100);
}

/** The first figure on the PDF line that starts with `label`; with `money`, the first euro amount. */
function pdfRow(text: string, label: string, money = false): number {
  const line =
    text
      .split('\n')
      .find((l) => l.trim().startsWith(label))
      ?.trim()
      .slice(label.length) ?? '';
  const value = (money ? /€ -?[\d.]+,\d\d/ : /-?[\d.]+(,\d+)?/).exec(line)?.[0];
  if (!value) throw new Error(`no ${label} row in the PDF`);
  return dutchToCents(value);
}

test('golden month: the PDF, the XLSX and the CSV give the same totals, equal to the hand-checked figures', async ({
  page,
  host,
  request,
}) => {
  const report = new ReportPage(page);
  await report.open(host, `#/report/${MONTH}`);
  const text = pdfText(await report.pdf(path.join(outDir, 'golden.pdf')));
  const snapshot = await callApi<Snapshot>(request, host, 'getSnapshot', {});
  const figures = keyFiguresFor(snapshot.workspace, [MONTH], snapshot.today);
  const hoursCents = Math.round(figures.hours.total * 100);

  const [xlsx] = (await callApi<Files>(request, host, 'exportMonthlyOverview', { month: MONTH, format: 'xlsx' })).files;
  expect(xlsx!.name).toBe('Maandoverzicht-2026-10.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.read(Readable.from(Buffer.from(xlsx!.base64, 'base64')));
  const summary = book.getWorksheet('Samenvatting')!;
  const xlsxCents = (row: number) => Math.round(Number(summary.getCell(`B${row}`).value) * 100);
  const placementsSheet = book.getWorksheet('Detacheringen')!;
  const xlsxPlacementTotal = Math.round(
    Number(placementsSheet.getRow(placementsSheet.actualRowCount).getCell(6).value) * 100,
  );

  const csv = (await callApi<Files>(request, host, 'exportMonthlyOverview', { month: MONTH, format: 'csv' })).files;
  expect(csv.map((f) => f.name)).toContain('Maandoverzicht-2026-10-detacheringen.csv');
  const csvText = Buffer.from(csv[0]!.base64, 'base64').toString('utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csvText.slice(1), { skipEmptyLines: true });
  expect(rows.meta.delimiter).toBe(';');
  const csvCents = (label: string) => dutchToCents(rows.data.find((r) => r[0] === label)![1]!);
  const placementsCsv = csv.find((f) => f.name.endsWith('-detacheringen.csv'))!;
  const csvPlacements = Papa.parse<string[]>(Buffer.from(placementsCsv.base64, 'base64').toString('utf8').slice(1), {
    skipEmptyLines: true,
  }).data;

  const all = {
    revenue: [
      HAND_CHECKED.revenueCents,
      figures.revenueCents,
      pdfRow(text, 'Omzet', true),
      xlsxCents(2),
      csvCents('Omzet'),
    ],
    value: [
      HAND_CHECKED.valueCents,
      figures.valueCents,
      pdfRow(text, 'Gecreëerde waarde', true),
      xlsxCents(5),
      csvCents('Gecreëerde waarde'),
    ],
    hours: [
      hoursCents,
      pdfRow(text, 'Ingezette uren'),
      Math.round(Number(summary.getCell('B6').value) * 100),
      csvCents('Ingezette uren'),
    ],
    // The first total after the placements' heading (other income and value created end on a total too).
    placements: [
      HAND_CHECKED.placementCents,
      pdfRow(text.slice(text.search(/^\s*Detacheringen\s*$/m)), 'Totaal', true),
      xlsxPlacementTotal,
      dutchToCents(csvPlacements.at(-1)![5]!),
    ],
  };
  for (const [figure, values] of Object.entries(all)) expect(new Set(values), figure).toEqual(new Set([values[0]]));
});

test('one person’s statement prints on its own', async ({ page, host, request }) => {
  const snapshot = await callApi<Snapshot>(request, host, 'getSnapshot', {});
  const person = snapshot.workspace.people[0]!;
  const report = new ReportPage(page);
  await report.open(host, `#/report/${MONTH}/${person.id}`);
  const text = pdfText(await report.pdf(path.join(outDir, 'statement.pdf')));
  expect(text).toContain('Persoonlijk maandoverzicht');
  expect(text).toContain(person.name);
  expect(text).toContain('Contracturen');
  expect(text).not.toContain(snapshot.workspace.people[1]!.name);
  const [xlsx] = (
    await callApi<Files>(request, host, 'exportMonthlyOverview', { month: MONTH, format: 'xlsx', personId: person.id })
  ).files;
  expect(xlsx!.name).toMatch(/^Maandoverzicht-2026-10-.+\.xlsx$/);
});

test('the Value page exports last month as XLSX and tells which file it made', async ({ app, page }) => {
  await app.goTo('value');
  const panel = page.getByTestId('monthly-overview-panel');
  await expect(panel).toBeVisible();
  const download = page.waitForEvent('download');
  await panel.getByTestId('export-xlsx').click();
  expect((await download).suggestedFilename()).toBe('Maandoverzicht-2026-10.xlsx');
  await expect(page.getByText('Maandoverzicht-2026-10.xlsx')).toBeVisible();
});

test('in the browser, Open report shows the print page in a new tab with the same session', async ({ app, page }) => {
  await app.goTo('value');
  const popup = page.waitForEvent('popup');
  await page.getByTestId('open-report').click();
  const tab = await popup;
  await expect(tab.getByTestId('report-page')).toBeVisible();
  await expect(tab.getByTestId('cover-revenue')).toHaveText('€ 11.430,40');
  await expect(tab.getByTestId('report-print')).toBeVisible();
  await tab.getByTestId('report-page').screenshot({ path: path.join(outDir, 'screen.png') });
  await page.screenshot({ path: path.join(outDir, 'value-page.png'), fullPage: true });
});
