import { expect, type Locator, type Page } from '@playwright/test';

type NewPerson = {
  name: string;
  email?: string;
  hours?: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri', string>>;
};

export class TeamPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get rows(): Locator {
    return this.page.getByTestId('person-row');
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  async openAddForm(): Promise<Locator> {
    await this.page.getByTestId('add-person').click();
    const form = this.page.getByTestId('person-form');
    await expect(form).toBeVisible();
    return form;
  }

  async fillPerson(person: NewPerson): Promise<void> {
    await this.page.getByTestId('person-name').fill(person.name);
    if (person.email !== undefined) await this.page.getByTestId('person-email').fill(person.email);
    for (const [day, hours] of Object.entries(person.hours ?? {})) {
      await this.page.getByTestId(`person-hours-${day}`).fill(hours);
    }
  }

  async save(): Promise<void> {
    await this.page.getByTestId('person-save').click();
  }
}
