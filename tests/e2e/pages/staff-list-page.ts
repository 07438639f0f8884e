import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The staff list and the staff card it opens. */
export class StaffListPage {
  readonly rows: Locator;
  readonly cardEditor: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByRole('grid').locator('[data-id]');
    this.cardEditor = page.locator('[data-testid=staff-editor]');
  }

  async open(): Promise<void> {
    await new ShellPage(this.page).go('staff');
  }

  async openFirstCard(): Promise<void> {
    await this.rows.first().dblclick();
  }
}
