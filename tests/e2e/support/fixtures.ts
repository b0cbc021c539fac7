import { test as base } from '@playwright/test';
import { AppPage } from './app-page.ts';
import { SharedHost, WebHostProcess } from './web-host.ts';

type TestFixtures = {
  /** The host of this test: the worker's shared one on a fresh workspace, or its own (see `ownHost`). */
  host: WebHostProcess;
  app: AppPage;
  /**
   * `test.use({ ownHost: true })` for a test that needs a host of its own: one it restarts, kills or
   * starts a second process beside, or one with an environment of its own.
   */
  ownHost: boolean;
  /** The size of the demo team a test starts with. */
  demoPeople: number;
};
type WorkerFixtures = { sharedHost: SharedHost };

/**
 * One host per worker, started in test mode; before each test it resets to a fresh
 * workspace on a fresh data folder (the 15-person demo, today 2026-11-23), so a test never sees
 * another's changes while only tests that ask for it pay for starting a host.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  ownHost: [false, { option: true }],
  demoPeople: [15, { option: true }],
  sharedHost: [
    // Playwright reads the fixture's dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const shared = new SharedHost();
      await shared.start();
      await use(shared);
      await shared.stop();
    },
    // Started before the worker's first test, on a timeout of its own: a host start took 49 s on a 2-core machine under load.
    { scope: 'worker', timeout: 120_000 },
  ],
  host: async ({ sharedHost, ownHost, demoPeople }, use) => {
    if (!ownHost) return use(await sharedHost.fresh(demoPeople));
    const host = new WebHostProcess(undefined, { SECRETARIAAT_DEMO_PEOPLE: String(demoPeople) });
    await host.start();
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    const app = new AppPage(page);
    await app.open(host.url);
    await use(app);
  },
});

export { expect } from '@playwright/test';
