import type { Locator, Page } from '@playwright/test';

/** The Excel import of cards, opened from a card list, and the list's export button. */
export class CardImportPage {
  readonly screen: Locator;
  readonly problems: Locator;
  readonly ready: Locator;
  readonly done: Locator;
  readonly exportButton: Locator;

  constructor(private readonly page: Page) {
    this.screen = page.getByTestId('card-import');
    this.problems = page.getByTestId('card-import-problems');
    this.ready = page.getByTestId('card-import-ready');
    this.done = page.getByTestId('card-import-done');
    this.exportButton = page.getByTestId('cards-export');
  }

  /** From the list on screen. */
  async open(): Promise<void> {
    await this.page.getByTestId('cards-import').click();
  }

  async choose(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('card-import-file').setInputFiles({ name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file.buffer });
  }

  /** The row of the problems table naming this row of the file. */
  problemRow(row: number): Locator {
    return this.problems.locator(`tr[data-row="${row}"]`);
  }

  /** Imports what the preview shows, confirming. */
  async apply(): Promise<void> {
    await this.page.getByTestId('card-import-apply').click();
    await this.page.getByTestId('card-import-confirm').getByRole('button', { name: 'Так, імпортувати' }).click();
  }
}
