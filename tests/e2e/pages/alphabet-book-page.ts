import type { Locator, Page } from '@playwright/test';

/** The alphabet book: every student ever enrolled, by the letter of their personal file number. */
export class AlphabetBookPage {
  readonly table: Locator;
  readonly fileNumbers: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('alphabet-table');
    this.fileNumbers = this.table.locator('[data-file-number]');
  }

  async showLetter(letter: string): Promise<void> {
    await this.page.locator(`.ac-letter[data-letter="${letter}"]`).click();
  }
}
