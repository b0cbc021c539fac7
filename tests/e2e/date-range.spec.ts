import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { AppPage } from './support/app-page.ts';
import { callApi, pdfText } from './support/report-page.ts';
import { reportedKeyFigures } from '../../shared/closing/index.ts';
import { formatMoney } from '../../shared/format.ts';
import type { Snapshot } from '../../shared/contract/index.ts';

/*
 * A chosen range, March–August 2026, in the 15-person demo (today 2026-11-23): chosen on the
 * dashboard, then exported as PDF (the print page, as the browser gets it), XLSX and CSV, each read
 * back by its own reader and checked for the range and the revenue the dashboard shows.
 */
const MONTHS = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];
const outDir = path.join(os.tmpdir(), 'secretariaat-date-range');
test.beforeAll(() => fs.mkdirSync(outDir, { recursive: true }));

const texts = {
  nl: {
    kind: 'Periode kiezen…',
    from: 'maart 2026',
    to: 'augustus 2026',
    label: 'mrt–aug 2026',
    order: 'De laatste maand ligt vóór de eerste.',
    base: 'Overzicht-mrt-aug-2026',
    summary: 'Samenvatting',
    current: 'Deze periode',
    revenue: 'Omzet',
    title: 'Overzicht',
  },
  en: {
    kind: 'Custom range',
    from: 'March 2026',
    to: 'August 2026',
    label: 'Mar–Aug 2026',
    order: 'The last month lies before the first.',
    base: 'Overview-Mar-Aug-2026',
    summary: 'Summary',
    current: 'This period',
    revenue: 'Revenue',
    title: 'Overview',
  },
};

/** Picks a month by keyboard only: type it into the searchable field and take the first match. */
async function chooseMonth(page: Page, testId: string, month: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.focus();
  await field.fill(month);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(month);
}

/** "€ 11.430,40", "11430,40", "€11,430.40" → whole cents, whichever language wrote it. */
function toCents(text: string): number {
  const digits = text.replace(/[^\d,.-]/g, '');
  const decimal = /[.,](\d\d)$/.exec(digits);
  return Math.round(
    Number(`${digits.slice(0, decimal ? -3 : undefined).replace(/[.,]/g, '')}.${decimal?.[1] ?? '0'}`) * 100,
  );
}

for (const language of ['nl', 'en'] as const) {
  test(`a range chosen on the dashboard is exported as PDF, XLSX and CSV (${language})`, async ({
    page,
    host,
    request,
  }) => {
    // Three exports and a PDF print on a shared two-core machine.
    test.slow();
    const l = texts[language];
    if (language === 'en') await callApi(request, host, 'setLanguage', { language: 'en' });
    const snapshot = await callApi<Snapshot>(request, host, 'getSnapshot', {});
    const figures = reportedKeyFigures(snapshot.workspace, MONTHS, snapshot.today);
    expect(figures.revenueCents).toBeGreaterThan(0);
    const app = new AppPage(page);
    await app.open(host.url);
    await app.goTo('value');

    await page.getByTestId('value-period-kind').getByText(l.kind).click();
    // From November, an end month before it is refused with the reason, and nothing changes yet.
    await chooseMonth(page, 'value-range-to', l.to);
    await expect(page.getByTestId('value-range')).toContainText(l.order);
    await chooseMonth(page, 'value-range-from', l.from);
    await expect(page.getByTestId('value-range')).not.toContainText(l.order);
    await expect(page.getByTestId('value-period-label')).toHaveText(l.label);
    await expect(page.getByTestId('kpi-revenue').getByTestId('kpi-value')).toHaveText(
      formatMoney(figures.revenueCents, language),
    );

    // The overview panel takes the dashboard's range.
    const panel = page.getByTestId('monthly-overview-panel');
    await expect(panel.getByTestId('overview-month')).toHaveValue(l.kind);
    await expect(panel.getByTestId('overview-range-from')).toHaveValue(l.from);
    await expect(panel.getByTestId('overview-range-to')).toHaveValue(l.to);

    // The browser's print dialog would hold the tab; the test notes that it was asked for and prints the PDF itself.
    await page.context().addInitScript('window.print = () => { document.body.dataset.printAsked = "true"; };');
    const popup = page.waitForEvent('popup');
    await panel.getByTestId('export-pdf').click();
    const tab = await popup;
    // The new tab loads the whole app and draws four charts before it may print.
    await expect(tab.locator('body[data-report-ready="true"]')).toHaveCount(1, { timeout: 60_000 });
    expect(new URL(tab.url()).hash).toBe('#/report/2026-03..2026-08?print');
    await expect(tab.locator('body[data-print-asked="true"]')).toHaveCount(1);
    const pdfFile = path.join(outDir, `range-${language}.pdf`);
    await tab.pdf({ path: pdfFile, format: 'A4', printBackground: true });
    const pdf = pdfText(pdfFile);
    expect(pdf).toContain(`${l.title}`);
    expect(pdf).toContain(l.label);
    expect(pdf).toContain(l.current);
    expect(pdf).toContain(formatMoney(figures.revenueCents, language));
    await tab.close();

    const xlsxDownload = page.waitForEvent('download');
    await panel.getByTestId('export-xlsx').click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`${l.base}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await xlsx.path());
    const summary = book.getWorksheet(l.summary)!;
    expect(summary.getCell('B1').value).toBe(l.current);
    expect(summary.getCell('A2').value).toBe(l.revenue);
    expect(Math.round(Number(summary.getCell('B2').value) * 100)).toBe(figures.revenueCents);

    const csvDownloads: Download[] = [];
    page.on('download', (d) => csvDownloads.push(d));
    await panel.getByTestId('export-csv').click();
    // One file per table of the overview's definition (8), and no more arriving after them.
    await expect.poll(() => csvDownloads.length).toBe(8);
    await page.waitForTimeout(500);
    expect(csvDownloads).toHaveLength(8);
    const names = csvDownloads.map((d) => d.suggestedFilename());
    expect(names.every((n) => n.startsWith(`${l.base}-`) && n.endsWith('.csv'))).toBe(true);
    const summaryCsv = csvDownloads.find((d) => d.suggestedFilename() === `${l.base}-${l.summary.toLowerCase()}.csv`)!;
    const text = fs.readFileSync(await summaryCsv.path(), 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]![1]).toBe(l.current);
    expect(toCents(rows.find((r) => r[0] === l.revenue)![1]!)).toBe(figures.revenueCents);
  });
}
