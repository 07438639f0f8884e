import type { Download, Locator, Page } from '@playwright/test';

/** The Documents screen: the register of printed documents, with search and reprint. */
export class DocumentsPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  /** The year's archive: the form, its confirmation and its outcome. */
  readonly archiveForm: Locator;
  readonly archiveConfirm: Locator;
  readonly archiveBuilt: Locator;

  constructor(private readonly page: Page) {
    this.archiveForm = page.getByTestId('archive-form');
    this.archiveConfirm = page.getByTestId('archive-confirm');
    this.archiveBuilt = page.getByTestId('archive-built');
    this.table = page.getByTestId('documents-table');
    this.rows = this.table.locator('tbody tr');
    this.search = page.locator('[name=search]');
  }

  /** The register's row of the document with this verification code. */
  withCode(code: string): Locator {
    return this.table.locator(`[data-code="${code}"]`);
  }

  /** Asks to build the archive of the chosen year; the confirmation opens. */
  async askToBuildArchive(): Promise<void> {
    await this.page.getByTestId('archive-build').click();
  }

  /** Reprints the document of that code and answers the new PDF's download. */
  async reprint(code: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.withCode(code).getByTestId('document-reprint').click()]);
    return download;
  }
}
