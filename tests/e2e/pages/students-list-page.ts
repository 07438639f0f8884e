import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The student list: a grid of cards with its filters and search. */
export class StudentsListPage {
  readonly grid: Locator;
  /** The rows of cards (one per student shown). */
  readonly rows: Locator;
  readonly search: Locator;
  readonly classFilter: Locator;
  readonly statusFilter: Locator;
  readonly registryFilter: Locator;
  readonly rowCount: Locator;

  constructor(private readonly page: Page) {
    this.grid = page.getByRole('grid');
    this.rows = this.grid.locator('[data-id]');
    this.search = page.locator('[name=search]');
    this.classFilter = page.locator('[name=classId]');
    this.statusFilter = page.locator('[name=status]');
    this.registryFilter = page.locator('[name=registry]');
    this.rowCount = page.locator('[data-testid=row-count]');
  }

  async open(): Promise<void> {
    await new ShellPage(this.page).go('students');
  }

  /** The row of the card with this id. */
  row(id: string): Locator {
    return this.grid.locator(`[data-id="${id}"]`);
  }

  /** The registry's verdict in a row, shown when it has this status. */
  registryVerdict(row: Locator, status: string): Locator {
    return row.locator(`[data-registry-status=${status}]`);
  }

  /** The grid rows that mention this text. */
  rowsWith(text: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: text });
  }

  /** The full name in a row: its second cell, after the row's number. */
  async nameIn(row: Locator): Promise<string> {
    return (await row.getByRole('gridcell').nth(1).textContent()) ?? '';
  }

  /** How many students the list says it found. */
  async found(): Promise<number> {
    return Number(((await this.rowCount.textContent()) ?? '').replace(/\D/g, ''));
  }

  async filterByClass(option: { index: number }): Promise<void> {
    await this.classFilter.selectOption(option);
  }

  async filterByRegistry(status: string): Promise<void> {
    await this.registryFilter.selectOption(status);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** Ctrl+F puts the focus in the search field. */
  async focusSearchByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+f');
  }

  async typeSearch(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Selects a row with one click and opens its card with Enter. */
  async openWithKeyboard(row: Locator): Promise<void> {
    await row.click();
    await this.page.keyboard.press('Enter');
  }

  /** Opens the first card of the list with a double click. */
  async openFirstCard(): Promise<void> {
    await this.rows.first().dblclick();
  }

  async newStudent(): Promise<void> {
    await this.page.getByRole('button', { name: '+ Новий учень' }).click();
  }
}
