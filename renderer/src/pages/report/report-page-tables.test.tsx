import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildMonthlyOverview, overviewTables } from '../../../../shared/report/index.ts';
import { GOLDEN_MONTH, GOLDEN_TODAY, goldenWorkspace } from '../../../../shared/report/golden-workspace.ts';
import { definitionGrids, plain, type Grid } from '../../../../tests/unit/fixtures/overview-grid.ts';
import { OverviewTable } from './ReportTables.tsx';

/*
 * The report page's tables of the golden month, read from the markup React renders, compared cell
 * by cell with the shared definition; tests/unit/report-three-formats.test.ts compares the XLSX and
 * the CSV with the same grids.
 */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each(['nl', 'en'] as const)('the report page in %s', (language) => {
  const tables = overviewTables(buildMonthlyOverview(goldenWorkspace(), GOLDEN_MONTH, GOLDEN_TODAY), language);
  const [decimal, group] = language === 'nl' ? [',', '.'] : ['.', ','];

  it('prints each table of the definition with the same title, labels, rows and values as the XLSX and CSV', () => {
    const page: Grid[] = tables.map((table) => {
      const html = renderToStaticMarkup(<OverviewTable table={table} language={language} />);
      const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((tr) =>
        [...tr[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => plain(text(cell[1]!), decimal, group)),
      );
      return { title: text(/<h2[^>]*>(.*?)<\/h2>/.exec(html)![1]!), rows };
    });
    expect(page).toEqual(definitionGrids(tables));
  });

  it('shows a missing comparison as a dash and indents the parts of a total', () => {
    const html = renderToStaticMarkup(<OverviewTable table={tables[0]!} language={language} />);
    // October 2025 had income only: no rating, no lead time.
    expect(html).toContain('<td class="num">–</td>');
    expect(html).toMatch(
      /data-testid="cover-revenue">€ ?4[.,]844[.,]00<\/td><td class="num">€ ?1[.,]760[.,]00<\/td><td class="num">€ ?300[.,]00<\/td>/,
    );
    expect(html.match(/class="rp-sub"/g)).toHaveLength(5);
  });
});
