import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The school's own details after setup. */
export class SchoolDetailsPage {
  readonly root: Locator;
  readonly saved: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('school-details');
    this.saved = page.getByTestId('school-saved');
  }

  async open(): Promise<void> {
    await new ShellPage(this.page).go('school');
    await expect(this.root).toBeVisible();
  }

  field(name: string): Locator {
    return this.root.locator(`[name="school-${name}"]`);
  }

  /** The problem shown under a field. */
  problem(name: string): Locator {
    return this.root.locator(`#school-${name.replace('.', '-')}-error`);
  }

  async save(): Promise<void> {
    await this.root.getByTestId('school-save').click();
  }
}
