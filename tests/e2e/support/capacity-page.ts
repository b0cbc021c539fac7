import { expect, type Locator, type Page } from '@playwright/test';

/** Dutch numbers as the grid shows them ("-6,5") back to a number. */
export function readHours(text: string): number {
  return Number(text.trim().replace(/\./g, '').replace(',', '.').replace('−', '-'));
}

export class CapacityPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get rows(): Locator {
    return this.page.getByTestId('capacity-row');
  }

  row(personId: string): Locator {
    return this.page.locator(`[data-testid="capacity-row"][data-person-id="${personId}"]`);
  }

  async weekIndex(week: string): Promise<number> {
    const weeks = await this.page
      .getByTestId('capacity-week')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-week')));
    const index = weeks.indexOf(week);
    expect(index).toBeGreaterThanOrEqual(0);
    return index;
  }

  async cell(personId: string, week: string): Promise<Locator> {
    return this.row(personId)
      .getByTestId('capacity-cell')
      .nth(await this.weekIndex(week));
  }

  async openCell(personId: string, week: string): Promise<Locator> {
    await (await this.cell(personId, week)).click();
    const panel = this.page.getByTestId('cell-panel');
    await expect(panel).toBeVisible();
    return panel;
  }

  async lineValue(key: string): Promise<number> {
    return readHours(await this.page.getByTestId(`cell-value-${key}`).innerText());
  }

  async filterBySkill(label: string): Promise<void> {
    await this.page.getByTestId('capacity-filter-skills').click();
    await this.page.getByRole('option', { name: label }).click();
    await this.page.keyboard.press('Escape');
  }
}
