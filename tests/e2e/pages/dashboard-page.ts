import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The central server's dashboard for district and ministry officers: sign-in, the schools table, a school's issues. */
export class DashboardPage {
  readonly heading: Locator;
  readonly loginError: Locator;
  /** The schools table's rows, one per school shown. */
  readonly schools: Locator;
  readonly issues: Locator;
  /** The drill-down's rows, one per issue code. */
  readonly issueRows: Locator;
  /** The drill-down's journal rows, one per period. */
  readonly journalRows: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.locator('header.top h1');
    this.loginError = page.locator('.login [role=alert]');
    this.schools = page.locator('table.schools tbody tr[data-school-code]');
    this.issues = page.getByRole('dialog');
    this.issueRows = this.issues.locator('tr[data-issue-code]');
    this.journalRows = this.issues.locator('table.journal-counts tr[data-period]');
    this.count = page.locator('.toolbar .count');
  }

  async open(serverUrl: string): Promise<void> {
    await this.page.goto(serverUrl);
    await expect(this.page.getByRole('button', { name: /Увійти|Sign in/ })).toBeVisible();
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.page.locator('input[name=login]').fill(login);
    await this.page.locator('input[name=password]').fill(password);
    await this.page.locator('input[name=password]').press('Enter');
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: /Вийти|Sign out/ }).click();
  }

  async switchLanguage(): Promise<void> {
    await this.page.locator('header.top button.lang').click();
  }

  /** The codes of the schools shown, top to bottom, once the table has them. */
  async schoolCodes(): Promise<string[]> {
    await expect(this.schools.first()).toBeVisible();
    return this.schools.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-school-code') ?? ''));
  }

  /** Clicks a column's heading (once: ascending; twice: descending). */
  async sortBy(heading: string): Promise<void> {
    await this.page.locator('table.schools thead').getByRole('button', { name: heading, exact: true }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }

  async filterDistrict(code: string): Promise<void> {
    await this.page.locator('select[name=district]').selectOption(code);
  }

  async filterStatus(status: string): Promise<void> {
    await this.page.locator('select[name=status]').selectOption(status);
  }

  /** Opens a school's issue counts from its name in the table. */
  async openSchool(code: string): Promise<void> {
    await this.page.locator(`table.schools tr[data-school-code="${code}"] button.link`).click();
    await expect(this.issues).toBeVisible();
  }

  async exportWorkbook(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /Експорт в Excel|Export to Excel/ }).click();
    return download;
  }
}
