import { expect, type Locator, type Page } from '@playwright/test';

type TabKey = 'schedule' | 'structural' | 'leave';
type SupportLine = { supported: string; hours: string; from?: string };
type LeaveEntry = { kind?: string; from: string; to: string; hoursPerDay?: string };

/** The drawer that opens from a name on Team: schedule history, structural support and leave. */
export class PersonDrawer {
  readonly page: Page;
  readonly root: Locator;
  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('person-drawer');
  }

  async open(name: string): Promise<void> {
    await this.page.getByTestId('person-row').filter({ hasText: name }).getByTestId('person-open').click();
    await expect(this.root.getByTestId('person-drawer-title')).toHaveText(name);
  }

  async tab(key: TabKey): Promise<void> {
    await this.root.getByTestId(`person-tab-${key}`).click();
  }

  /** Dates are typed as dd-mm-jjjj; Tab leaves the field so its calendar closes. */
  private async typeDate(testId: string, date: string): Promise<void> {
    const field = this.root.getByTestId(testId);
    await field.fill(date);
    await field.press('Tab');
  }

  get supportRows(): Locator {
    return this.root.getByTestId('structural-row');
  }

  supportRow(supported: string): Locator {
    return this.supportRows.filter({ hasText: supported });
  }

  async addSupport(line: SupportLine): Promise<void> {
    await this.root.getByTestId('structural-add').click();
    await this.root.getByTestId('structural-supported').fill(line.supported);
    await this.root.getByTestId('structural-hours').fill(line.hours);
    if (line.from) await this.typeDate('structural-from', line.from);
    await this.root.getByTestId('structural-supported').press('Enter');
    await expect(this.root.getByTestId('structural-form')).toHaveCount(0);
  }

  private async rowAction(
    row: Locator,
    action: 'structural-change-week' | 'structural-edit' | 'structural-remove',
  ): Promise<void> {
    await row.getByTestId('structural-actions').click();
    await this.page.getByTestId(action).click();
  }

  async openWeekForm(supported: string): Promise<Locator> {
    await this.rowAction(this.supportRow(supported), 'structural-change-week');
    const panel = this.root.getByTestId('structural-week-panel');
    await expect(panel).toBeVisible();
    return panel;
  }

  /** `weekLabel` as shown in the list, such as `wk 50 · 07-12-2026`. */
  async changeWeek(weekLabel: string, hours: string): Promise<void> {
    await this.root.getByTestId('structural-week-select').click();
    await this.page.getByRole('option', { name: weekLabel, exact: true }).click();
    await this.root.getByTestId('structural-week-hours').fill(hours);
    await this.root.getByTestId('structural-week-save').click();
  }

  get exceptions(): Locator {
    return this.root.getByTestId('structural-exception');
  }

  get leaveRows(): Locator {
    return this.root.getByTestId('leave-row');
  }

  get leaveForm(): Locator {
    return this.root.getByTestId('leave-form');
  }

  async openLeaveForm(): Promise<void> {
    await this.root.getByTestId('leave-add').click();
    await expect(this.leaveForm).toBeVisible();
  }

  async fillLeave(entry: LeaveEntry): Promise<void> {
    if (entry.kind) {
      await this.root.getByTestId('leave-kind').click();
      await this.page.getByRole('option', { name: entry.kind, exact: true }).click();
    }
    await this.typeDate('leave-from', entry.from);
    await this.typeDate('leave-to', entry.to);
    if (entry.hoursPerDay !== undefined) {
      await this.root.getByTestId('leave-whole-days').uncheck();
      await this.root.getByTestId('leave-hours').fill(entry.hoursPerDay);
    }
  }

  /** Opens the row's actions and chooses Remove; the caller answers the confirmation dialog. */
  async removeLeave(row: Locator): Promise<void> {
    await row.getByTestId('leave-actions').click();
    await this.page.getByTestId('leave-remove').click();
  }

  async saveLeave(): Promise<void> {
    await this.root.getByTestId('leave-save').click();
  }
}
