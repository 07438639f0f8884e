import type { Download, Locator, Page } from '@playwright/test';

/** One class: its members over the year and the class list to export. */
export class ClassPage {
  readonly root: Locator;
  readonly members: Locator;
  readonly memberRows: Locator;
  readonly ledgerPrint: Locator;

  constructor(private readonly page: Page) {
    this.ledgerPrint = page.getByTestId('class-ledger-print');
    this.root = page.getByTestId('class-page');
    this.members = page.getByTestId('class-members');
    this.memberRows = this.members.locator('tbody tr');
  }

  /** Prints the class's annual ledger and returns the PDF's download. */
  async printLedger(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.ledgerPrint.click();
    return download;
  }

  /** Saves the class list as an Excel workbook and returns the download. */
  async exportList(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('class-export').click();
    return download;
  }
}
