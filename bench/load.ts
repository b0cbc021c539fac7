import { chromium, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumLaunch } from '../playwright.config.ts';
import { WebHostProcess } from '../tests/e2e/support/web-host.ts';
import { buildApp } from './render.ts';
import { figure, progress, targeted, type Row } from './report.ts';
import { formatMs, summarise } from './stats.ts';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../out/renderer');
const RUNS = 5;
const INITIAL_JS_BUDGET = 1024 * 1024;
const SIZES = [
  { people: 15, coldMs: 1000 },
  { people: 500, coldMs: 1500 },
] as const;
const WARM_MS = 300;

/*
 * "Visible" is the end of the first frame that draws a person's row, on the page's own clock
 * (0 = navigation start). The page records it itself, from a script Playwright adds to every new
 * document: when a row enters the DOM it notes the next animation frame, which paints the row, and
 * takes that frame's end from its Long Animation Frame entry (the frame that draws the grid is a
 * long one: its task evaluates the app or renders the page). Without such an entry it falls back to
 * a message posted from the frame, which arrives once the frame is painted, but also only after any
 * task queued before it: Chromium queues its code-cache production (65 ms on a second load) right
 * behind the app's evaluation, so a message alone put the end of that work into "visible".
 * Polling from here instead answered one or two frames late (17–25 ms at 500 people), since each
 * check is a round trip to this process. The page then says so on its console, which is what the
 * bench waits for: waiting with waitForFunction made Playwright evaluate its own injected script in
 * the page first, 7–11 ms of the page's main thread inside the time measured. Functions, not
 * strings: the page's CSP forbids evaluating strings. This file is type-checked without the DOM
 * library, hence the narrow views of the page.
 */
const VISIBLE_MESSAGE = 'secretariaat-bench: grid visible';
/** How long the page waits for the frame's Long Animation Frame entry, which arrives after the frame. */
const FRAME_ENTRY_WAIT_MS = 1000;
type FrameEntry = { startTime: number; duration: number; renderStart: number };
type RecordingPage = {
  __gridVisibleAt?: number;
  __gridVisibleBy?: 'frame' | 'message';
  document: { querySelector(selector: string): unknown };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: object): void;
    disconnect(): void;
  };
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null };
    port2: { postMessage(message: unknown): void };
  };
  PerformanceObserver: new (callback: (list: { getEntries(): FrameEntry[] }) => void) => {
    observe(options: object): void;
    disconnect(): void;
  };
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
};

/**
 * Runs in the page, so it knows its settings only as its arguments. No named inner functions: tsx
 * wraps those (and functions in object literals) in a naming helper the page does not have, so the
 * one check is a property assigned afterwards.
 */
function recordGridVisible({ message, entryWaitMs }: { message: string; entryWaitMs: number }): void {
  const page = globalThis as unknown as RecordingPage;
  const state: {
    frames: FrameEntry[];
    paintedAt: number | null;
    settled: boolean;
    check?: (fallbackAt: number | null) => void;
  } = { frames: [], paintedAt: null, settled: false };
  // Settles on the frame's entry once there is one, or on `fallbackAt` when given.
  state.check = (fallbackAt) => {
    const at = state.paintedAt;
    if (state.settled || at === null) return;
    const frame = state.frames.find((f) => f.renderStart > 0 && f.renderStart <= at && at <= f.startTime + f.duration);
    if (!frame && fallbackAt === null) return;
    state.settled = true;
    page.__gridVisibleAt = frame ? frame.startTime + frame.duration : (fallbackAt ?? Number.NaN);
    page.__gridVisibleBy = frame ? 'frame' : 'message';
    console.debug(message);
  };
  new page.PerformanceObserver((list) => {
    state.frames.push(...list.getEntries());
    state.check?.(null);
  }).observe({ type: 'long-animation-frame', buffered: true });
  const observer = new page.MutationObserver(() => {
    if (!page.document.querySelector('[data-testid="capacity-row"]')) return;
    observer.disconnect();
    page.requestAnimationFrame(() => {
      state.paintedAt = performance.now();
      const channel = new page.MessageChannel();
      channel.port1.onmessage = () => {
        const messageAt = performance.now();
        state.check?.(null);
        page.setTimeout(() => state.check?.(messageAt), entryWaitMs);
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(page.document, { childList: true, subtree: true });
}

function gridVisibleAt(): { at: number | null; byFrame: boolean } {
  const page = globalThis as unknown as RecordingPage;
  return { at: page.__gridVisibleAt ?? null, byFrame: page.__gridVisibleBy === 'frame' };
}

type Visible = { ms: number; byFrame: boolean };

async function loadToGrid(page: Page, url: string): Promise<Visible> {
  const visible = page.waitForEvent('console', { predicate: (m) => m.text() === VISIBLE_MESSAGE, timeout: 60_000 });
  await page.goto(url);
  await visible;
  const { at, byFrame } = await page.evaluate(gridVisibleAt);
  return { ms: Number(at), byFrame };
}

/** When the page asked for the workspace, on its own clock: early-snapshot.ts sends it before the bundle is evaluated. */
function snapshotAskedAt(): number {
  const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/getSnapshot'));
  return entry ? entry.startTime : Number.NaN;
}

/**
 * The scripts the page began to fetch before the grid was visible (`visibleAt`, on its clock): what
 * the Today badge fetches once the grid is drawn is no part of the first screen.
 */
function scriptsBefore(visibleAt: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime <= visibleAt && new URL(e.name).pathname.endsWith('.js'))
    .map((e) => new URL(e.name).pathname);
}

/** Used JS heap after a forced garbage collection, so the figure is what the page keeps, not what it left behind. */
async function heapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize;
}

type Run = { cold: Visible; askedMs: number; warm: Visible; third: Visible; heap: number; scripts: string[] };

/**
 * One fresh browser profile: first load (cold caches), then the same URL again (warm), then once
 * more. Chromium writes a script's V8 code cache when it sees the script a second time and uses it
 * from the third, so only the third load shows a start with the code already compiled.
 */
async function oneRun(url: string): Promise<Run> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariaat-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunch,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  try {
    await context.addInitScript(recordGridVisible, { message: VISIBLE_MESSAGE, entryWaitMs: FRAME_ENTRY_WAIT_MS });
    const page = context.pages()[0] ?? (await context.newPage());
    const cold = await loadToGrid(page, url);
    const askedMs = await page.evaluate(snapshotAskedAt);
    const scripts = await page.evaluate(scriptsBefore, cold.ms);
    const warm = await loadToGrid(page, url);
    const third = await loadToGrid(page, url);
    return { cold, askedMs, warm, third, heap: await heapBytes(context, page), scripts: [...scripts] };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function fileSize(urlPath: string): number {
  const file = path.join(RENDERER_DIR, decodeURIComponent(urlPath));
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]): number => summarise(values).median;

async function measureSize(people: number, coldTarget: number): Promise<{ rows: Row[]; scripts: string[] }> {
  const part = 'e load';
  progress(`load: web host with a ${people}-person demo, ${RUNS} fresh profiles`);
  const host = new WebHostProcess(undefined, { SECRETARIAAT_DEMO_PEOPLE: String(people) });
  const url = await host.start();
  try {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(url));
    const cold = summarise(runs.map((r) => r.cold.ms));
    const warm = summarise(runs.map((r) => r.warm.ms));
    const third = summarise(runs.map((r) => r.third.ms));
    const byFrame = (pick: (r: Run) => Visible) => runs.filter((r) => pick(r).byFrame).length;
    const heap = median(runs.map((r) => r.heap));
    const asked = median(runs.map((r) => r.askedMs));
    const spread = (t: { median: number; p95: number; runs: number }, frames: number) =>
      `median ${formatMs(t.median)}, max ${formatMs(t.p95)} (${t.runs} runs, ${frames} by frame timing)`;
    return {
      rows: [
        targeted(
          part,
          `${people} people: fresh profile, load → grid visible`,
          spread(
            cold,
            byFrame((r) => r.cold),
          ),
          `≤ ${formatMs(coldTarget)}`,
          cold.median <= coldTarget,
        ),
        targeted(
          part,
          `${people} people: second load (warm caches) → grid visible`,
          spread(
            warm,
            byFrame((r) => r.warm),
          ),
          `≤ ${formatMs(WARM_MS)}`,
          warm.median <= WARM_MS,
        ),
        figure(
          part,
          `${people} people: third load (V8 code cache in use) → grid visible`,
          spread(
            third,
            byFrame((r) => r.third),
          ),
        ),
        figure(part, `${people} people: fresh profile, workspace asked for at (median)`, formatMs(asked)),
        figure(
          part,
          `${people} people: renderer JS heap after load (after GC)`,
          `${(heap / 1024 / 1024).toFixed(1)} MB`,
        ),
      ],
      scripts: runs[0]?.scripts ?? [],
    };
  } finally {
    await host.stop();
    fs.rmSync(host.dataDir, { recursive: true, force: true });
  }
}

/** Every JavaScript file of the build, largest first, marked when the first screen loaded it. */
function chunkRows(initial: ReadonlySet<string>): Row[] {
  const assets = path.join(RENDERER_DIR, 'assets');
  const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  return files
    .map((f) => ({ name: f, size: fs.statSync(path.join(assets, f)).size }))
    .sort((a, b) => b.size - a.size)
    .map((f) => figure('f chunks', `${f.name}${initial.has(`/assets/${f.name}`) ? ' (initial)' : ''}`, kb(f.size)));
}

export async function benchLoad(options: { build: boolean }): Promise<Row[]> {
  if (options.build) buildApp();
  const rows: Row[] = [];
  let initial: string[] = [];
  for (const { people, coldMs } of SIZES) {
    const measured = await measureSize(people, coldMs);
    rows.push(...measured.rows);
    if (people === SIZES[0].people) initial = measured.scripts;
  }
  const initialBytes = initial.reduce((sum, s) => sum + fileSize(s), 0);
  rows.push(
    targeted(
      'e load',
      `initial JavaScript (loaded before the grid shows, ${initial.length} files, uncompressed)`,
      kb(initialBytes),
      `≤ ${kb(INITIAL_JS_BUDGET)}`,
      initialBytes <= INITIAL_JS_BUDGET,
    ),
  );
  rows.push(...chunkRows(new Set(initial)));
  return rows;
}
