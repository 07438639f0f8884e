import type { Locator, Page } from '@playwright/test';

/** A page of the user's guide shown in the app, with its contents and the way back. */
export class HelpPage {
  readonly root: Locator;
  readonly back: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('help');
    this.back = page.getByTestId('help-back');
  }

  /** Follows a link of the guide's text to another of its pages. */
  async followLink(name: string): Promise<void> {
    await this.root.locator('article').getByRole('button', { name }).click();
  }
}
