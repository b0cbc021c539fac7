import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.ts';
import { exportMonthlyOverview } from '../electron/services/export/monthly-export.ts';
import { generateDemoWorkspace } from '../shared/demo/index.ts';
import { E2E_TODAY, WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { progress } from './report.ts';
import { formatMs, summarise } from './stats.ts';

const PEOPLE = 200;
const MONTH = '2026-10';
const RUNS = 5;

/** Model + exceljs writeBuffer for the whole team, in Node: what the export operation does. */
async function benchXlsx(): Promise<number> {
  // The same demo the web host makes with SECRETARIAAT_DEMO_PEOPLE=200.
  const workspace = generateDemoWorkspace({ people: PEOPLE, today: E2E_TODAY });
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    await exportMonthlyOverview(workspace, E2E_TODAY, 'nl', { month: MONTH, format: 'xlsx' });
    if (run > 0) times.push(performance.now() - started);
  }
  return summarise(times).median;
}

/**
 * From setting the report's address to the PDF in hand: the page builds the model, draws the charts
 * and tables for 200 people, and Chromium prints it. Needs a built renderer (out/).
 */
async function benchPdf(): Promise<{ ms: number; pages: number }> {
  const host = new WebHostProcess(undefined, { SECRETARIAAT_DEMO_PEOPLE: String(PEOPLE) });
  await host.start();
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    await page.goto(host.url);
    await page.getByTestId('nav-team').waitFor({ timeout: 60_000 });
    const times: number[] = [];
    let pages = 0;
    for (let run = 0; run <= RUNS; run++) {
      await page.evaluate("window.location.hash = '#/team'");
      await page.getByTestId('nav-team').waitFor();
      const started = performance.now();
      await page.evaluate(`window.location.hash = '#/report/${MONTH}'`);
      await page.locator('body[data-report-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      if (run > 0) times.push(performance.now() - started);
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    return { ms: summarise(times).median, pages };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** Report export timings for a 200-person workspace; call from bench/run.ts, which prints the rows. */
export async function runReportBench(): Promise<{ name: string; value: string; target: string }[]> {
  progress(`report: XLSX for ${PEOPLE} people`);
  const xlsx = await benchXlsx();
  progress(`report: PDF for ${PEOPLE} people through the web host and Chromium`);
  const pdf = await benchPdf();
  return [
    { name: `report XLSX, ${PEOPLE} people (median of ${RUNS})`, value: formatMs(xlsx), target: '≤ 1 s' },
    {
      name: `report PDF, ${PEOPLE} people, ${pdf.pages} pages (median of ${RUNS})`,
      value: formatMs(pdf.ms),
      target: '≤ 3 s',
    },
  ];
}
