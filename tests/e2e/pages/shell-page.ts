import type { Locator, Page } from '@playwright/test';

/** The screens the side menu opens. */
export type Screen = 'home' | 'students' | 'staff' | 'classes' | 'orders' | 'yearEnd' | 'sync' | 'backups' | 'documents' | 'school' | 'users' | 'roster';

/** What every screen after login shares: the side menu, the language switch and the notice that a save went through. */
export class ShellPage {
  /** The notice a successful save shows. */
  readonly saved: Locator;

  constructor(private readonly page: Page) {
    this.saved = page.getByRole('status').filter({ hasText: 'Збережено' });
  }

  menuItem(screen: Screen): Locator {
    return this.page.locator(`[data-nav=${screen}]`);
  }

  /** The sections the menu offers, by key, in order. */
  async menu(): Promise<string[]> {
    return this.page.locator('[data-nav]').evaluateAll((items) => items.map((item) => item.getAttribute('data-nav') ?? ''));
  }

  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: 'Вийти' }).click();
  }

  async go(screen: Screen): Promise<void> {
    await this.menuItem(screen).click();
  }

  /** The header's "?": the guide's page about the screen shown. */
  async openHelp(): Promise<void> {
    await this.page.getByTestId('help-open').click();
  }

  async switchLanguage(language: 'en' | 'uk'): Promise<void> {
    await this.page.locator(`[data-lang=${language}]`).click();
  }
}
