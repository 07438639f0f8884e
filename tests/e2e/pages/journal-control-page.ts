import type { Locator, Page } from '@playwright/test';

/** Journal control: the completeness report of a period (close it from there), the school's period grades and a class's attendance. */
export class JournalControlPage {
  readonly screen: Locator;
  readonly completeness: Locator;
  readonly closeButton: Locator;
  readonly closeDialog: Locator;
  readonly closedBanner: Locator;
  readonly schoolGrades: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('journal-control');
    this.completeness = page.getByTestId('completeness');
    this.closeButton = page.getByTestId('control-close');
    this.closeDialog = page.getByTestId('control-close-dialog');
    this.closedBanner = page.getByTestId('control-closed');
    this.schoolGrades = page.getByTestId('school-grades');
  }

  async open(): Promise<void> {
    await this.page.locator('[data-nav=journalControl]').click();
  }

  /** The report's row of a journal, "6-А · Математика". */
  journalRow(journal: string): Locator {
    return this.completeness.locator(`tr[data-journal="${journal}"]`);
  }

  async closePeriod(): Promise<void> {
    await this.closeButton.click();
    await this.closeDialog.getByRole('button', { name: 'Закрити період' }).click();
  }

  /** A row of the attendance table, in the order of the class list. */
  attendanceRow(index: number): Locator {
    return this.page.getByTestId('attendance-table').locator('tbody tr').nth(index);
  }

  /** The name of a row of the attendance table: it opens that student's attendance by subject. */
  attendanceStudent(index: number): Locator {
    return this.attendanceRow(index).getByRole('button');
  }

  /** A subject's row of the opened student's attendance. */
  studentAttendanceRow(subject: string): Locator {
    return this.page.getByTestId('student-attendance').locator(`tr[data-subject="${subject}"]`);
  }

  async showSchoolGrades(): Promise<void> {
    await this.page.getByTestId('control-tab-grades').click();
  }

  /** The school's period grades narrowed by the search box. */
  async searchSchoolGrades(text: string): Promise<void> {
    await this.page.getByTestId('school-grades-search').fill(text);
  }

  /** A journal's row of the school's period grades, "6-А · Математика". */
  schoolGradesRow(journal: string): Locator {
    return this.schoolGrades.locator(`tr[data-journal="${journal}"]`);
  }

  async showAttendance(): Promise<void> {
    await this.page.getByTestId('control-tab-attendance').click();
  }
}
