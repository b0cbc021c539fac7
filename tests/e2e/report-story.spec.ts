import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, test } from './support/fixtures.ts';
import { ReportPage, callApi, pdfText } from './support/report-page.ts';
import { formatFixed, formatMoney } from '../../shared/format.ts';
import { keyFiguresFor } from '../../shared/dashboard/index.ts';
import type { Snapshot } from '../../shared/contract/index.ts';

// October 2026 in the 15-person demo, closed on today's date 2026-11-23.
const MONTH = '2026-10';
type Files = { files: { name: string; base64: string }[] };

for (const language of ['nl', 'en'] as const) {
  test(`the report (${language}) itemises other income and value created, counts requests per person and uses the app's words`, async ({
    page,
    host,
    request,
  }) => {
    if (language === 'en') await callApi(request, host, 'setLanguage', { language: 'en' });
    const snapshot = await callApi<Snapshot>(request, host, 'getSnapshot', {});
    const { workspace } = snapshot;
    const figures = keyFiguresFor(workspace, [MONTH], snapshot.today);
    const report = new ReportPage(page);
    await report.open(host, `#/report/${MONTH}`);
    const text = pdfText(await report.pdf(path.join(os.tmpdir(), `honest-story-${language}.pdf`)));
    const money = (cents: number) => formatMoney(cents, language);
    // A long description wraps inside its cell, so the page is searched for its first words.
    const opening = (description: string) => description.split(' ').slice(0, 3).join(' ');

    // Each income entry of October with its amount, and the sum that the cover shows.
    const income = workspace.income.filter((e) => e.date.startsWith(MONTH));
    expect(income.length).toBeGreaterThan(0);
    for (const entry of income) {
      expect(text).toContain(opening(entry.description));
      expect(text).toContain(money(entry.amountCents));
    }
    // Each value entry with its hours and the shadow rate, as in the XLSX's columns.
    const shadow = money(workspace.settings.shadowRates.at(-1)!.cents);
    for (const entry of workspace.value.filter((e) => e.date.startsWith(MONTH))) {
      expect(text).toContain(opening(entry.description));
      expect(text).toMatch(
        new RegExp(
          `${formatFixed(entry.hours, 2, language).replace(/[.]/g, '\\.')}\\s+${shadow.replace(/[.]/g, '\\.')}`,
        ),
      );
    }
    expect(text).toContain(money(figures.valueCents));
    // The per-person statement counts requests done; the report speaks the app's language.
    expect(text).toContain(language === 'nl' ? 'Aanvragen afgerond' : 'Requests done');
    expect(text).toContain(language === 'nl' ? 'Vaste ondersteuning' : 'Structural support');
    if (language === 'nl') {
      expect(text).not.toMatch(/Verzoek|Structureel|structureel/);
      expect(text).toContain('Bezetting = toegezegde uren');
    }

    // The XLSX carries the same lines, ending on the cover's totals.
    const [xlsx] = (await callApi<Files>(request, host, 'exportMonthlyOverview', { month: MONTH, format: 'xlsx' }))
      .files;
    const book = new ExcelJS.Workbook();
    await book.xlsx.read(Readable.from(Buffer.from(xlsx!.base64, 'base64')));
    const incomeSheet = book.getWorksheet(language === 'nl' ? 'Overige inkomsten' : 'Other income')!;
    expect(incomeSheet.actualRowCount).toBe(income.length + 2);
    expect(Math.round(Number(incomeSheet.getRow(incomeSheet.actualRowCount).getCell(4).value) * 100)).toBe(
      figures.otherIncomeCents,
    );
    const valueSheet = book.getWorksheet(language === 'nl' ? 'Gecreëerde waarde' : 'Value created')!;
    const valueCells = Array.from({ length: valueSheet.actualRowCount - 2 }, (_, i) =>
      Math.round(Number(valueSheet.getRow(i + 2).getCell(6).value) * 100),
    );
    expect(valueCells.reduce((sum, cents) => sum + cents, 0)).toBe(figures.valueCents);

    // And the CSV of requests is named as the app names them.
    const csv = (await callApi<Files>(request, host, 'exportMonthlyOverview', { month: MONTH, format: 'csv' })).files;
    expect(csv.map((f) => f.name)).toContain(
      language === 'nl' ? 'Maandoverzicht-2026-10-aanvragen.csv' : 'Monthly-overview-2026-10-requests.csv',
    );
    const capacity = csv.find((f) => /capaciteit|capacity/.test(f.name))!;
    const rows = Papa.parse<string[]>(Buffer.from(capacity.base64, 'base64').toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    const doneColumn = rows[0]!.indexOf(language === 'nl' ? 'Aanvragen afgerond' : 'Requests done');
    expect(Number(rows.at(-1)![doneColumn])).toBe(figures.requests.done);
  });
}
