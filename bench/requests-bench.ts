// The Requests section at scale: `runRequestsBench()` answers figure rows; it prints progress only.
import { chromium, type Page } from '@playwright/test';
import fs from 'node:fs';
import { chromiumLaunch } from '../playwright.config.ts';
import { spareInWindowForAll } from '../shared/capacity/index.ts';
import { rankCandidates } from '../shared/planning/who-is-free.ts';
import { planningWindow, suggestFor } from '../shared/requests/index.ts';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { progress } from './report.ts';
import { formatMs, summarise, timeSync, type Timing } from './stats.ts';
import { BENCH_TODAY, benchWorkspace } from './workspaces.ts';

type Figure = { name: string; value: string; target: string };

/** About 14 requests per person per year: 850 people give the ~10,000-request queue the issue asks for. */
const QUEUE_PEOPLE = 850;
const TABLE_TARGET = '≤ 100 ms';
const RANK_PEOPLE = 500;
const RANK_TARGET = '≤ 10 ms';
const RENDERED = 'requests-table-rendered';
const STARTED = 'bench-interaction';

const describe = (t: Timing) => `median ${formatMs(t.median)}, p95 ${formatMs(t.p95)} (${t.runs} runs)`;

function rankingFigures(): Figure[] {
  progress(`requests: ranking suggestions over ${RANK_PEOPLE} people`);
  const ws = benchWorkspace(RANK_PEOPLE);
  const request = ws.requests.find((r) => r.status === 'new' && r.skills.length > 0) ?? ws.requests[0]!;
  const { from, to } = planningWindow(request, BENCH_TODAY);
  const spare = spareInWindowForAll(ws, from, to);
  const query = {
    hours: request.estimatedHours,
    from,
    to,
    skills: request.skills,
    requesterName: request.requesterName,
  };
  const rank = timeSync(() => rankCandidates(ws.people, spare, ws.requests, query), { warmup: 10, runs: 50 });
  const whole = timeSync(() => suggestFor(ws, request, BENCH_TODAY), { warmup: 5, runs: 30 });
  return [
    {
      name: `rank ${RANK_PEOPLE} people for a request (spare hours known)`,
      value: describe(rank),
      target: RANK_TARGET,
    },
    {
      name: `suggestions for a request, ${RANK_PEOPLE} people (spare hours + rank)`,
      value: describe(whole),
      target: '',
    },
  ];
}

/**
 * Time from the interaction to the table's render mark, both on the page's own clock: a capture
 * listener marks the event as it is dispatched, so Playwright's own latency is left out.
 * Scripts are strings because this file is type-checked without the DOM library.
 */
async function timed(page: Page, event: 'click' | 'input', act: () => Promise<void>): Promise<number> {
  await page.evaluate(
    `performance.clearMarks(); document.addEventListener('${event}', () => performance.mark('${STARTED}'), { capture: true, once: true })`,
  );
  await act();
  const read = ([started, rendered]: [string, string]) => {
    const start = performance.getEntriesByName(started).at(-1);
    const done = start && performance.getEntriesByName(rendered).find((m) => m.startTime >= start.startTime);
    return start && done ? done.startTime - start.startTime : null;
  };
  const handle = await page.waitForFunction(read, [STARTED, RENDERED] as [string, string], { timeout: 30_000 });
  const ms = await handle.jsonValue();
  if (ms === null) throw new Error('table render mark not found');
  return ms;
}

/** One untimed warm-up, then every step timed. */
async function series(page: Page, steps: { event: 'click' | 'input'; act: () => Promise<void> }[]): Promise<Timing> {
  const times: number[] = [];
  for (const [i, step] of steps.entries()) {
    // A person does not click twice within a frame: let the page settle so each step starts idle.
    await page.waitForTimeout(250);
    const ms = await timed(page, step.event, step.act);
    if (i > 0) times.push(ms);
  }
  return summarise(times);
}

async function shownRows(page: Page): Promise<number> {
  return Number(await page.getByTestId('requests-count').getAttribute('data-shown'));
}

async function tableFigures(): Promise<Figure[]> {
  progress(`requests: starting the web host with a ${QUEUE_PEOPLE}-person demo`);
  const host = new WebHostProcess(undefined, { SECRETARIAAT_DEMO_PEOPLE: String(QUEUE_PEOPLE) });
  await host.start();
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    await page.goto(host.url);
    await page.getByTestId('nav-requests').click();
    await page.getByTestId('requests-table').waitFor({ timeout: 60_000 });
    await page.getByTestId('requests-clear-filters').click();
    const total = Number(await page.getByTestId('requests-count').getAttribute('data-total'));
    progress(`requests: ${total.toLocaleString('en-GB')} requests in the queue, ${await shownRows(page)} shown`);

    const click = (testId: string) => ({ event: 'click' as const, act: () => page.getByTestId(testId).click() });
    const columns = ['title', 'deadline', 'status', 'requester', 'hours', 'assignee', 'age', 'deadline'];
    const sort = await series(
      page,
      columns.map((c) => click(`requests-sort-${c}`)),
    );

    const toggles = ['done', 'done', 'new', 'new', 'declined', 'declined'].map((s) =>
      click(`requests-filter-status-${s}`),
    );
    const overdue = click('requests-filter-overdue');
    const filter = await series(page, [...toggles, overdue, overdue]);

    const type = (text: string) => ({
      event: 'input' as const,
      act: () => page.getByTestId('requests-search').fill(text),
    });
    const search = await series(page, ['notulen', '', 'beleid', '', 'r-0', '', 'kim', ''].map(type));
    return [
      { name: 'requests in the benchmark queue', value: total.toLocaleString('en-GB'), target: '' },
      {
        name: `sort ${total.toLocaleString('en-GB')} requests (header click → table rendered)`,
        value: describe(sort),
        target: TABLE_TARGET,
      },
      { name: 'filter by status or overdue (click → table rendered)', value: describe(filter), target: TABLE_TARGET },
      { name: 'search (typing → table rendered)', value: describe(search), target: TABLE_TARGET },
    ];
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(host.dataDir, { recursive: true, force: true });
  }
}

/** Needs a built renderer (`npx electron-vite build`); asserts nothing, answers figures. */
export async function runRequestsBench(): Promise<Figure[]> {
  return [...rankingFigures(), ...(await tableFigures())];
}
