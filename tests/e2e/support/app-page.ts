import { expect, type Locator, type Page } from '@playwright/test';

export type SectionKey = 'today' | 'capacity' | 'requests' | 'placements' | 'value' | 'team' | 'settings';

/** The app shell: navigation, language, banners. */
export class AppPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** The shell is drawn before the workspace arrives: the organisation's name says it has. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.nav('team')).toBeVisible();
    await expect(this.page.getByTestId('organisation-name')).toBeVisible();
  }

  nav(section: SectionKey): Locator {
    return this.page.getByTestId(`nav-${section}`);
  }

  /** Pages other than Capacity load their code on first use: wait until the skeleton made way for the page. */
  async goTo(section: SectionKey): Promise<void> {
    await this.nav(section).click();
    await expect(this.nav(section)).toHaveAttribute('aria-current', 'page');
    await expect(this.page.getByTestId('page-loading')).toHaveCount(0, { timeout: 30_000 });
  }

  get demoBanner(): Locator {
    return this.page.getByTestId('demo-banner');
  }

  async switchLanguage(language: 'NL' | 'EN'): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(language, { exact: true }).click();
  }
}
