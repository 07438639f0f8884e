import type { Locator, Page } from '@playwright/test';

/** "My classes": a subject teacher's students, names and classes only. */
export class RosterPage {
  readonly screen: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.screen = page.locator('[data-testid=roster-screen]');
    this.rows = page.locator('[data-testid=roster-table] tbody tr');
  }

  /** The classes the listed students are in, each once, sorted. */
  async classes(): Promise<string[]> {
    const cells = await this.rows.locator('td').allInnerTexts();
    return [...new Set(cells.map((c) => c.trim()))].sort();
  }
}
