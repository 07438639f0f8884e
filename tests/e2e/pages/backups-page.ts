import type { Locator, Page } from '@playwright/test';

/** The Backups page: the list of backups, "Back up now" and restore with its confirmation. */
export class BackupsPage {
  readonly screen: Locator;
  readonly table: Locator;
  readonly restoreDialog: Locator;
  readonly restored: Locator;

  constructor(private readonly page: Page) {
    this.screen = page.getByTestId('backups-screen');
    this.table = page.getByTestId('backups-table');
    this.restoreDialog = page.getByTestId('restore-confirm');
    this.restored = this.screen.getByTestId('backups-restored');
  }

  /** The notice a finished backup shows. */
  get madeNotice(): Locator {
    return this.screen.getByRole('status').filter({ hasText: 'Копію зроблено й перевірено' });
  }

  /** The rows of backups of one kind, as the table names it ("Вручну", "Перед відновленням"). */
  rowsOfKind(kind: string): Locator {
    return this.table.locator('tr', { hasText: kind });
  }

  async backUpNow(): Promise<void> {
    await this.screen.getByTestId('backup-now').click();
  }

  async askToRestore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: 'Відновити…' }).click();
  }

  async confirmRestore(): Promise<void> {
    await this.restoreDialog.getByRole('button', { name: 'Відновити' }).click();
  }

  async signInAgain(): Promise<void> {
    await this.screen.getByRole('button', { name: 'Увійти знову' }).click();
  }
}
