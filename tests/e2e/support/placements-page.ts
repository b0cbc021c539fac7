import { expect, type Locator, type Page } from '@playwright/test';

/** "€ 1.234,50" or "70,4" as the Dutch screen shows them, back to a number. */
export function readDutchNumber(text: string): number {
  return Number(text.replace(/[€\s]/g, '').replace(/\./g, '').replace(',', '.'));
}

/** The placements section: its table, drawer, one-step actions, clients tab and month summary. */
export class PlacementsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get rows(): Locator {
    return this.page.getByTestId('placement-row');
  }

  row(placementId: string): Locator {
    return this.page.locator(`[data-testid="placement-row"][data-placement-id="${placementId}"]`);
  }

  get drawer(): Locator {
    return this.page.getByTestId('placement-drawer');
  }

  async filterByStatus(label: string): Promise<void> {
    await this.page.getByTestId('placements-filter-status').click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async open(placementId: string): Promise<Locator> {
    await this.row(placementId).getByTestId('placement-open').click();
    await expect(this.drawer).toHaveAttribute('data-placement-id', placementId);
    return this.drawer;
  }

  monthRow(month: string): Locator {
    return this.drawer.locator(`[data-testid="revenue-month"][data-month="${month}"]`);
  }

  /** Planned revenue of a month in the drawer, in cents, read from the figure on screen. */
  async monthPlannedCents(month: string): Promise<number> {
    return Math.round(readDutchNumber(await this.monthRow(month).getByTestId('month-planned').innerText()) * 100);
  }

  async monthPlannedHours(month: string): Promise<number> {
    return readDutchNumber(await this.monthRow(month).getByTestId('month-planned-hours').innerText());
  }

  async summaryCents(which: 'this-month' | 'next-month', line: 'planned' | 'forecast'): Promise<number> {
    const text = await this.page.getByTestId(`summary-${which}-${line}`).innerText();
    return Math.round(readDutchNumber(text.replace(/[^\d.,]/g, '')) * 100);
  }

  async changeRate(euros: string): Promise<void> {
    await this.drawer.getByTestId('placement-change-rate').click();
    const form = this.page.getByTestId('placement-action-changeRate');
    await expect(form).toBeVisible();
    await form.getByTestId('placement-action-rate').fill(euros);
    await form.getByTestId('placement-action-save').click();
    await expect(form).toBeHidden();
  }

  async openClientsTab(): Promise<void> {
    await this.page.getByTestId('placements-tab-clients').click();
    await expect(this.page.getByTestId('clients-table')).toBeVisible();
  }

  get clientRows(): Locator {
    return this.page.getByTestId('client-row');
  }

  async fillClient(client: { name: string; email: string; rate: string }): Promise<Locator> {
    await this.page.getByTestId('add-client').click();
    const form = this.page.getByTestId('client-form');
    await expect(form).toBeVisible();
    await form.getByTestId('client-name').fill(client.name);
    await form.getByTestId('client-email').fill(client.email);
    await form.getByTestId('client-rate').fill(client.rate);
    return form;
  }
}
