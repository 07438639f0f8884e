import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The register of movement orders. */
export class OrdersListPage {
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('orders-table').locator('tbody tr');
  }

  async open(): Promise<void> {
    await new ShellPage(this.page).go('orders');
  }

  async showKind(kind: string): Promise<void> {
    await this.page.locator('[name=kind]').selectOption(kind);
  }

  async openOrder(row: Locator): Promise<void> {
    await row.getByRole('button').click();
  }

  async newOrder(): Promise<void> {
    await this.page.getByTestId('new-order').click();
  }
}
