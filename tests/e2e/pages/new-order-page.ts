import type { Locator, Page } from '@playwright/test';

/** The form of a new order: its kind, the student found by name, and the class they go to. */
export class NewOrderPage {
  readonly form: Locator;
  /** The students the search offers. */
  readonly matches: Locator;
  /** The list of offers, or the line saying none was found. */
  readonly matchList: Locator;
  readonly chosenStudent: Locator;

  constructor(page: Page) {
    this.form = page.getByTestId('new-order-form');
    this.matches = this.form.locator('.ac-match');
    this.matchList = this.form.locator('.ac-matches');
    this.chosenStudent = this.form.getByTestId('chosen-student');
  }

  async chooseKind(kind: string): Promise<void> {
    await this.form.locator('[name=kind]').selectOption(kind);
  }

  async searchStudent(text: string): Promise<void> {
    await this.form.locator('[name=studentSearch]').fill(text);
  }

  async pickFirstMatch(): Promise<void> {
    await this.matches.first().click();
  }

  /** Picks the one student the search offers (and fails if it offers more). */
  async pickOnlyMatch(): Promise<void> {
    await this.matches.click();
  }

  async chooseClass(option: { index: number } | { label: string }): Promise<void> {
    await this.form.locator('[name=toClassId]').selectOption(option);
  }

  async submit(): Promise<void> {
    await this.form.getByTestId('submit-order').click();
  }
}
