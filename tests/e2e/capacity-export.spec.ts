import ExcelJS from 'exceljs';
import { test, expect } from './support/fixtures.ts';
import { AppPage } from './support/app-page.ts';
import { CapacityPage } from './support/capacity-page.ts';
import { callApi } from './support/report-page.ts';
import { bandColours, weekRange, type CellBand } from '../../shared/capacity/index.ts';
import type { Snapshot } from '../../shared/contract/index.ts';

/*
 * The grid as shown, to Excel: the 15-person demo filtered to two people and set to 26 weeks, then
 * exported and read back with exceljs: the same people in the same order, the hours the cells show,
 * the cells' colours, and a legend that names every colour in the UI's language.
 */
const texts = {
  nl: {
    button: 'Exporteren naar Excel',
    sheet: 'Capaciteit',
    legend: 'Legenda',
    bands: ['Veel ruimte', 'Wat ruimte', 'Vol', 'Overboekt', 'Werkt niet'],
    total: 'Team totaal',
    file: 'Capaciteit',
    range: '26 weken',
  },
  en: {
    button: 'Export to Excel',
    sheet: 'Capacity',
    legend: 'Legend',
    bands: ['Plenty of room', 'Some room', 'Full', 'Over-booked', 'Not working'],
    total: 'Team total',
    file: 'Capacity',
    range: '26 weeks',
  },
};

/** "-6,5" or "−6.5" as the grid prints it, in either language, back to a number. */
const readShown = (text: string) => Number(text.trim().replace('−', '-').replace(',', '.'));

for (const language of ['nl', 'en'] as const) {
  test(`the capacity grid as shown exports to XLSX with its colours and legend (${language})`, async ({
    page,
    host,
    request,
  }) => {
    test.slow();
    const l = texts[language];
    if (language === 'en') await callApi(request, host, 'setLanguage', { language: 'en' });
    const snapshot = await callApi<Snapshot>(request, host, 'getSnapshot', {});
    const app = new AppPage(page);
    await app.open(host.url);
    await app.goTo('capacity');
    const capacity = new CapacityPage(page);
    await page.getByTestId('capacity-range').getByText(l.range).click();
    // A filter on a letter pair two or more names share, so the export must keep the screen's order.
    const needle = 'an';
    await page.getByTestId('capacity-filter-name').fill(needle);
    const shownIds = await capacity.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person-id')!));
    expect(shownIds.length).toBeGreaterThan(1);
    expect(shownIds.length).toBeLessThan(snapshot.workspace.people.length);
    const names = new Map(snapshot.workspace.people.map((p) => [p.id, p.name]));
    const firstRow = capacity.row(shownIds[0]!);
    const cellTexts = await firstRow.getByTestId('capacity-cell').allInnerTexts();
    const bands = await firstRow
      .getByTestId('capacity-cell')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-band')!));
    expect(cellTexts).toHaveLength(26);

    const download = page.waitForEvent('download');
    await page.getByTestId('capacity-export-xlsx').click();
    const file = await download;
    // 26 weeks from this week (2026 has a week 53).
    const weeks = weekRange('2026-W48', 26);
    expect(file.suggestedFilename()).toBe(`${l.file}-2026-W48-${weeks.at(-1)}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());

    const sheet = book.getWorksheet(l.sheet)!;
    expect(sheet.getCell('A3').value).toBe(l.total);
    const exportedNames = Array.from({ length: shownIds.length }, (_, i) => sheet.getCell(4 + i, 1).value);
    expect(exportedNames).toEqual(shownIds.map((id) => names.get(id)));
    expect(sheet.getCell(4 + shownIds.length, 1).value).toBeNull();
    const row = sheet.getRow(4);
    expect(Array.from({ length: 26 }, (_, i) => row.getCell(i + 2).value)).toEqual(cellTexts.map(readShown));
    // Every cell carries its band's colour from the grid's own colour definitions.
    bands.forEach((band, i) => {
      const fill = row.getCell(i + 2).fill as ExcelJS.FillPattern;
      const colours = bandColours[band as CellBand];
      // A solid fill has its colour in front; a striped band has its base colour behind the stripes.
      expect((fill.pattern === 'solid' ? fill.fgColor : fill.bgColor)?.argb, `${band} week ${i + 1}`).toBe(
        `FF${colours.background.slice(1).toUpperCase()}`,
      );
    });

    const legend = book.getWorksheet(l.legend)!;
    expect(Array.from({ length: 5 }, (_, i) => legend.getCell(3 + i, 2).value)).toEqual(l.bands);
    const plenty = legend.getCell('A3').fill as ExcelJS.FillPattern;
    expect(plenty.fgColor?.argb).toBe(`FF${bandColours.plenty.background.slice(1).toUpperCase()}`);
  });
}
