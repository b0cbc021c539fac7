import { expect, type Locator, type Page } from '@playwright/test';

export type SectionKey = 'capacity' | 'requests' | 'placements' | 'value' | 'team' | 'settings';

/** The app shell: navigation, language, banners. */
export class AppPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.nav('team')).toBeVisible();
  }

  nav(section: SectionKey): Locator {
    return this.page.getByTestId(`nav-${section}`);
  }

  async goTo(section: SectionKey): Promise<void> {
    await this.nav(section).click();
  }

  get demoBanner(): Locator {
    return this.page.getByTestId('demo-banner');
  }

  async switchLanguage(language: 'NL' | 'EN'): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(language, { exact: true }).click();
  }
}
