import type { Locator, Page } from '@playwright/test';

/** The history drawer from the header, and the header's Undo and Redo. */
export class HistoryDrawer {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByTestId('history-open').click();
  }

  get drawer(): Locator {
    return this.page.getByTestId('history-drawer');
  }

  get lines(): Locator {
    return this.page.getByTestId('history-text');
  }

  get undo(): Locator {
    return this.page.getByTestId('undo');
  }

  get redo(): Locator {
    return this.page.getByTestId('redo');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
