import type { Download, Locator, Page } from '@playwright/test';

/** One order: its kind, the students it moves, and its printout. */
export class OrderDetailPage {
  readonly kind: Locator;
  readonly items: Locator;

  constructor(private readonly page: Page) {
    this.kind = page.getByTestId('order-kind');
    this.items = page.getByTestId('order-detail').getByTestId('order-items');
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
