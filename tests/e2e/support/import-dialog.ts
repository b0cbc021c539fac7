import { expect, type Locator, type Page } from '@playwright/test';

/** The spreadsheet import dialog on the Team page. */
export class ImportDialog {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get root(): Locator {
    return this.page.getByTestId('import-dialog');
  }

  get problemRows(): Locator {
    return this.root.getByTestId('import-row-problem');
  }

  get okRows(): Locator {
    return this.root.getByTestId('import-row-ok');
  }

  get confirmButton(): Locator {
    return this.root.getByTestId('import-confirm');
  }

  get error(): Locator {
    return this.root.getByTestId('import-error');
  }

  get limits(): Locator {
    return this.root.getByTestId('import-limits');
  }

  /** Chooses a file without waiting for a preview: for files the app refuses. */
  async chooseBytes(name: string, buffer: Buffer): Promise<void> {
    await this.root.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  }

  async open(): Promise<void> {
    await this.page.getByTestId('import-people').click();
    await expect(this.root).toBeVisible();
  }

  async choose(name: string, content: string): Promise<void> {
    await this.root
      .getByTestId('import-file')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
    await expect(this.root.getByTestId('import-preview')).toBeVisible();
  }
}
