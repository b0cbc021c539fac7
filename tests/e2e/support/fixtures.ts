import { test as base } from '@playwright/test';
import { AppPage } from './app-page.ts';
import { WebHostProcess } from './web-host.ts';

type Fixtures = { host: WebHostProcess; app: AppPage };

/** Every test gets its own host process and data folder, so tests never see each other's changes. */
export const test = base.extend<Fixtures>({
  // Playwright reads the fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = new WebHostProcess();
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
