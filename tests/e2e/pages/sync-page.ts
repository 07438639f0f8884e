import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The Sync page: Sync all, what the last run did, and the report of the cards the registry disagrees with. */
export class SyncPage {
  readonly syncAllButton: Locator;
  readonly report: Locator;
  /** The report's rows, one per card. */
  readonly cards: Locator;
  /** The orders renumbered by the last Sync all, each with a button that opens it. */
  readonly renumberedOrders: Locator;

  constructor(private readonly page: Page) {
    this.syncAllButton = page.locator('[data-testid=sync-all]');
    this.report = page.locator('[data-testid=sync-report]');
    this.cards = this.report.locator('tr[data-card-id]');
    this.renumberedOrders = page.getByTestId('renumbered-orders');
  }

  /** A fact of the last run's result: finishedAt, sent, … */
  fact(name: string): Locator {
    return this.page.locator(`[data-testid=sync-result] [data-fact=${name}]`);
  }

  /** The buttons of the report that name an issue of this code, each opening its card at the field. */
  issues(code: string, within: Locator | Page = this.report): Locator {
    return within.locator(`button[data-issue-code=${code}]`);
  }

  /** The first card of the report whose only issue has this code. */
  cardWithOnlyIssue(code: string): Locator {
    return this.cards.filter({ has: this.issues(code, this.page) }).filter({ has: this.page.locator('li:only-child') }).first();
  }

  card(id: string): Locator {
    return this.report.locator(`tr[data-card-id="${id}"]`);
  }

  /** Opens the page from the menu and presses Sync all once it can be pressed. */
  async pressSyncAll(): Promise<void> {
    await new ShellPage(this.page).go('sync');
    await expect(this.syncAllButton).toBeEnabled();
    await this.syncAllButton.click();
  }

  /** Waits until the run has ended and Sync all can be pressed again. */
  async waitUntilDone(timeout: number): Promise<void> {
    await expect(this.fact('finishedAt')).toBeVisible({ timeout });
    await expect(this.syncAllButton).toBeEnabled({ timeout });
  }

  /** The demo's first Sync all sends its ~280k journal and card changes: under a minute idle, longer on a loaded machine. */
  async syncAll(timeout = 150_000): Promise<void> {
    await this.pressSyncAll();
    await this.waitUntilDone(timeout);
  }

  /** Saves the report as an Excel workbook (the director's copy) and returns the download. */
  async exportReport(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.report.locator('[data-testid=sync-export]').click()]);
    return download;
  }

  async filterByStatus(status: string): Promise<void> {
    await this.page.locator('[data-testid=sync-status-filter]').selectOption(status);
  }

  async search(text: string): Promise<void> {
    await this.page.locator('[data-testid=sync-search]').fill(text);
  }

  async openFirstRenumberedOrder(): Promise<void> {
    await this.renumberedOrders.getByRole('button').first().click();
  }
}
