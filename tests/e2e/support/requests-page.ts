import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { WebHostProcess } from './web-host.ts';

export type Intake = {
  requester: string;
  department: string;
  title: string;
  goal: string;
  deliverable: string;
  windowFrom: string;
  deadline: string;
  estimate: string;
  doneWhen: string;
};

type StoredRequest = { id: string; title: string; status: string; reason: string; deferredTo: string | null };

/** The requests as stored, straight from the API: what the lead sees is checked against what was saved. */
export async function storedRequests(request: APIRequestContext, host: WebHostProcess): Promise<StoredRequest[]> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const response = await request.post(`${host.origin}/api/getSnapshot`, {
    data: {},
    headers: { 'x-secretariaat-token': token },
  });
  const body = (await response.json()) as { value: { workspace: { requests: StoredRequest[] } } };
  return body.value.workspace.requests;
}

/** The Requests section: queue, intake form, drawer and the dialogs behind its actions. */
export class RequestsPage {
  readonly page: Page;
  readonly form: Locator;
  readonly drawer: Locator;
  constructor(page: Page) {
    this.page = page;
    this.form = page.getByTestId('request-form');
    this.drawer = page.getByTestId('request-drawer');
  }

  get rows(): Locator {
    return this.page.getByTestId('request-row');
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="request-row"][data-request-id="${id}"]`);
  }

  /** Rows in one of these statuses, leaving out the given ids. */
  rowsWithStatus(statuses: string[], except: string[] = []): Locator {
    const not = except.map((id) => `:not([data-request-id="${id}"])`).join('');
    return this.page.locator(statuses.map((s) => `[data-testid="request-row"][data-status="${s}"]${not}`).join(', '));
  }

  async openNewForm(): Promise<void> {
    await this.page.getByTestId('request-new').click();
    await expect(this.form).toBeVisible();
  }

  field(testId: string): Locator {
    return this.form.getByTestId(testId);
  }

  /** The message Mantine shows under a field. */
  errorOf(testId: string): Locator {
    return this.field(testId)
      .locator('xpath=ancestor::div[contains(@class, "mantine-InputWrapper-root")][1]')
      .locator('.mantine-InputWrapper-error');
  }

  /** Dates are typed as dd-mm-jjjj; Tab leaves the field so its calendar closes. */
  private async typeDate(testId: string, date: string): Promise<void> {
    await this.field(testId).fill(date);
    await this.field(testId).press('Tab');
  }

  async fill(intake: Intake): Promise<void> {
    await this.field('request-requester').fill(intake.requester);
    await this.field('request-department').fill(intake.department);
    await this.field('request-title').fill(intake.title);
    await this.field('request-goal').fill(intake.goal);
    await this.field('request-deliverable').fill(intake.deliverable);
    await this.typeDate('request-window-from', intake.windowFrom);
    await this.typeDate('request-deadline', intake.deadline);
    await this.field('request-estimate').fill(intake.estimate);
    await this.field('request-done-when').fill(intake.doneWhen);
  }

  async save(): Promise<void> {
    await this.field('request-save').click();
  }

  async open(id: string): Promise<void> {
    await this.row(id).click();
    await expect(this.drawer).toBeVisible();
  }

  get drawerStatus(): Locator {
    return this.drawer.getByTestId('request-drawer-status');
  }

  async action(kind: string): Promise<void> {
    await this.drawer.getByTestId(`request-action-${kind}`).click();
  }

  get candidates(): Locator {
    return this.page.getByTestId('assign-view').getByTestId('free-candidate');
  }

  /** Chooses the first suggestion and answers with its person id. */
  async pickTopCandidate(): Promise<string> {
    const top = this.candidates.first();
    const personId = (await top.getAttribute('data-person-id')) ?? '';
    await top.getByTestId('assign-pick').click();
    return personId;
  }

  get splitLines(): Locator {
    return this.page.getByTestId('assign-line');
  }

  previewLine(personId: string, week: string): Locator {
    return this.page.locator(`[data-testid="assign-preview-line"][data-person-id="${personId}"][data-week="${week}"]`);
  }

  async confirmAssign(): Promise<void> {
    await this.page.getByTestId('assign-confirm').click();
    await expect(this.page.getByTestId('assign-view')).toHaveCount(0);
  }

  async decline(reason: string): Promise<void> {
    await this.action('decline');
    await this.page.getByTestId('decline-reason').fill(reason);
    await this.page.getByTestId('decline-reason').press('Enter');
    await expect(this.page.getByTestId('decline-form')).toHaveCount(0);
    await this.closeAnswerMail(reason);
  }

  /** Declining or deferring hands over to the mail draft, which carries the reason to the requester. */
  private async closeAnswerMail(reason: string): Promise<void> {
    const body = this.page.getByTestId('mail-draft-body');
    await expect(body).toContainText(reason);
    await this.page.getByTestId('mail-draft-close').click();
    await expect(this.page.getByTestId('mail-draft')).toHaveCount(0);
  }

  /** Defers to the week the dialog proposes (next week). */
  async defer(reason: string): Promise<void> {
    await this.action('defer');
    await this.page.getByTestId('defer-reason').fill(reason);
    await this.page.getByTestId('defer-confirm').click();
    await expect(this.page.getByTestId('defer-form')).toHaveCount(0);
    await this.closeAnswerMail(reason);
  }

  async closeDrawer(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.drawer).toHaveCount(0);
  }
}
