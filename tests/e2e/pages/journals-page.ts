import { expect, type Locator, type Page } from '@playwright/test';

/** The class journals: the journal picker, the grid of students × lessons and the active lesson's panel. */
export class JournalsPage {
  readonly grid: Locator;
  readonly saveStatus: Locator;
  readonly saveError: Locator;
  readonly topic: Locator;
  readonly homework: Locator;
  readonly lessonPanel: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('journal-grid');
    this.saveStatus = page.getByTestId('journal-save-status');
    this.saveError = page.getByTestId('journal-save-error');
    this.lessonPanel = page.getByTestId('lesson-panel');
    this.topic = this.lessonPanel.locator('input[name=topic]');
    this.homework = this.lessonPanel.locator('input[name=homework]');
  }

  async open(assignmentId: string): Promise<void> {
    await this.page.locator('[data-nav=journals]').click();
    await this.page.getByTestId('journal-pick').selectOption(assignmentId);
  }

  /** Opens the journals and picks the one whose label starts with `journal` ("6-А · Математика"). */
  async openNamed(journal: string): Promise<void> {
    await this.page.locator('[data-nav=journals]').click();
    const picker = this.page.getByTestId('journal-pick');
    await expect(picker.locator('option', { hasText: journal }).first()).toBeAttached();
    const labels = await picker.locator('option').allTextContents();
    const label = labels.find((l) => l.startsWith(journal));
    if (!label) throw new Error(`no journal ${journal} among ${labels.join('; ')}`);
    await picker.selectOption({ label });
  }

  /** Adds lesson 1 on today's date, the form's defaults. */
  async addTodaysLesson(): Promise<void> {
    await this.page.getByTestId('lesson-add-open').click();
    await this.page.getByTestId('lesson-add').getByRole('button', { name: 'Додати', exact: true }).click();
  }

  /** The column of the lesson held on `date` (the first of that day). */
  async columnOf(date: string): Promise<number> {
    const dates = await this.grid.locator('[role=columnheader][data-lesson]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-lesson')));
    return dates.indexOf(date);
  }

  cell(row: number, col: number): Locator {
    return this.grid.locator(`[data-cell="${row}-${col}"]`);
  }

  suggested(row: number): Locator {
    return this.grid.locator('[role=row][aria-rowindex]').nth(row + 1).getByTestId('row-suggested');
  }

  /** Types keys into the grid as a teacher does: the grid has the focus, each key goes to the active cell. */
  async type(...keys: string[]): Promise<void> {
    // Playwright's keyboard is a US one: a Cyrillic н, which a Ukrainian layout sends as its key, is dispatched as such.
    for (const key of keys) {
      if (/^[\u0400-\u04ff]$/.test(key)) await this.grid.dispatchEvent('keydown', { key, bubbles: true });
      else await this.page.keyboard.press(key);
    }
  }

  async showGrades(): Promise<void> {
    await this.page.getByTestId('tab-grades').click();
  }

  async showMarks(): Promise<void> {
    await this.page.getByTestId('tab-marks').click();
  }

  /** A row of the period grades table, in the order of the class list. */
  gradeRow(index: number): Locator {
    return this.page.getByTestId('period-grades').locator('tbody tr').nth(index);
  }

  /** Exports the journal of the shown period; the path of the downloaded workbook. */
  async exportToExcel(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('journal-export').click();
    return (await download).path();
  }

  async importFromExcel(path: string): Promise<void> {
    await this.page.getByTestId('journal-import-file').setInputFiles(path);
  }

  async showYear(): Promise<void> {
    await this.page.getByTestId('tab-year').click();
  }

  async saveLesson(): Promise<void> {
    await this.lessonPanel.getByRole('button', { name: 'Зберегти урок' }).click();
  }
}
