import type { Download, Locator, Page } from '@playwright/test';

/** One order: its kind, the students it moves, and its printout. */
export class OrderDetailPage {
  readonly kind: Locator;
  readonly items: Locator;
  readonly basis: Locator;
  readonly revokeDialog: Locator;
  /** The note that a later order revoked this one. */
  readonly revokedNote: Locator;

  constructor(private readonly page: Page) {
    this.kind = page.getByTestId('order-kind');
    this.items = page.getByTestId('order-detail').getByTestId('order-items');
    this.basis = page.getByTestId('order-basis-text');
    this.revokeDialog = page.getByTestId('revoke-dialog');
    this.revokedNote = page.getByTestId('order-revoked');
  }

  /** Revokes the order by a new one resting on the pedagogical council's decision. */
  async revoke(protocol: string, date: string): Promise<void> {
    await this.page.getByTestId('order-revoke').click();
    await this.revokeDialog.locator('[name=basisProtocolNumber]').fill(protocol);
    await this.revokeDialog.locator('[name=basisDate]').fill(date);
  }

  async confirmRevocation(): Promise<void> {
    await this.revokeDialog.locator('button[type=submit]').click();
  }

  async openRevokedOrder(): Promise<void> {
    await this.page.getByRole('button', { name: 'Відкрити скасований наказ' }).click();
  }

  /** The order's title, «Наказ № N від …». */
  heading(number: number): Locator {
    return this.page.getByRole('heading', { name: new RegExp(`^Наказ № ${number} від`) });
  }

  /** Prints the order and returns the PDF download. */
  async print(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('order-print').click()]);
    return download;
  }
}
