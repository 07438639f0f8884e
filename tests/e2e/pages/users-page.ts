import { expect, type Locator, type Page } from '@playwright/test';

/** The Users screen: the accounts, the dialog that creates one, and the role matrix beside them. */
export class UsersPage {
  readonly screen: Locator;
  readonly table: Locator;
  readonly matrix: Locator;
  readonly notice: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.screen = page.locator('[data-testid=users-screen]');
    this.table = page.locator('[data-testid=users-table]');
    this.matrix = page.locator('[data-testid=role-matrix]');
    this.notice = page.locator('[data-testid=users-notice]');
    this.dialog = page.locator('[data-testid=user-dialog]');
  }

  row(login: string): Locator {
    return this.table.locator(`tr[data-user="${login}"]`);
  }

  /** The name of the staff card the account `login` is linked to, as its row shows it. */
  async staffNameOf(login: string): Promise<string> {
    return (await this.row(login).locator('td').nth(2).innerText()).trim();
  }

  /** Creates an account through the dialog: the role by its Ukrainian name, the staff card by the start of its label. */
  async create(user: { login: string; fullName: string; role: string; staffName: string; password: string }): Promise<void> {
    await this.page.locator('[data-testid=add-user]').click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.locator('[name=login]').fill(user.login);
    await this.dialog.locator('[name=fullName]').fill(user.fullName);
    await this.dialog.getByLabel(user.role, { exact: true }).check();
    const select = this.dialog.locator('[name=staffId]');
    const label = (await select.locator('option').allInnerTexts()).find((text) => text.startsWith(user.staffName));
    if (!label) throw new Error(`no staff card of ${user.staffName}`);
    await select.selectOption({ label });
    await this.dialog.locator('[name=password]').fill(user.password);
    await this.dialog.getByRole('button', { name: 'Створити' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
