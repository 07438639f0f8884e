import type { Download, Locator, Page } from '@playwright/test';

/** The alphabet book: every student ever enrolled, by the letter of their personal file number. */
export class AlphabetBookPage {
  readonly table: Locator;
  readonly fileNumbers: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('alphabet-table');
    this.fileNumbers = this.table.locator('[data-file-number]');
  }

  /** Prints the book and answers the PDF's download. */
  async print(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('alphabet-print').click()]);
    return download;
  }

  async showLetter(letter: string): Promise<void> {
    await this.page.locator(`.ac-letter[data-letter="${letter}"]`).click();
  }
}
