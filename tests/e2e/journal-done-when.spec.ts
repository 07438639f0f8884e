import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { LoginPage } from './pages/login-page';
import type { ShellPage } from './pages/shell-page';
import { screenshot } from './support/screens';
import { test } from './support/screen-test';
import { startWebMode, type RunningApp } from './support/web-mode';

/**
 * Issue 10's "done when", on the demo school as its users work: the subject teacher fills today's lesson with the
 * keyboard and sets period grades, the deputy reads the completeness report and closes the period, the teacher's
 * later edit is refused until the director opens the journal, and is let in under it. Whether the demo has a
 * timetable (and so a lesson today) or not, the teacher adds today's lesson when the grid has none.
 */
let app: RunningApp;
const journal = '6-А · Математика';
/** Today where the demo school is (Kyiv). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(new Date());

test.beforeAll(async () => {
  // The demo is generated on the first start: on a loaded machine that takes longer than a hook's default minute.
  test.setTimeout(180_000);
  app = await startWebMode('demo');
});

test.afterAll(async () => {
  await app.stop();
});

/** A copy of an exported journal with the first student's mark of today's lesson replaced; its path and that column. */
async function withMarkOfToday(exported: string, mark: number): Promise<{ path: string; column: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const sheet = workbook.getWorksheet('Журнал')!;
  let column = '';
  sheet.getRow(2).eachCell((cell, index) => {
    if (cell.value instanceof Date && cell.value.toISOString().startsWith(today)) column = sheet.getColumn(index).letter;
  });
  sheet.getCell(`${column}4`).value = mark;
  const path = join(mkdtempSync(join(tmpdir(), 'journal-file-')), 'journal.xlsx');
  await workbook.xlsx.writeFile(path);
  return { path, column };
}

async function signInAs(page: Page, login: LoginPage, shell: ShellPage, name: string, password: string): Promise<void> {
  await login.signIn(name, password);
  await expect(shell.menuItem('home')).toBeVisible();
}

test('a teacher fills today’s lesson with the keyboard; the deputy closes the period; a later edit waits for the director’s unlock', async ({ page, login, shell, journals, journalControl }) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await signInAs(page, login, shell, 'subject', 'demo-subject');
  await journals.openNamed(journal);
  await expect(page.getByTestId('lesson-add-open')).toBeVisible();
  if ((await journals.grid.count()) === 0 || (await journals.columnOf(today)) < 0) await journals.addTodaysLesson();
  await expect(journals.grid.locator(`[role=columnheader][data-lesson="${today}"]`).first()).toBeVisible();
  const col = await journals.columnOf(today);

  // Keyboard only from here: the grid opens on today's lesson, first student; the lesson's form takes Enter.
  await journals.grid.focus();
  await journals.type('1', '1', 'Enter', 'н', '9', 'Enter');
  await expect(journals.cell(0, col)).toHaveText('11');
  await expect(journals.cell(1, col)).toHaveText('н');
  await expect(journals.cell(2, col)).toHaveText('9');
  await expect(journals.saveStatus).toHaveText('Усе збережено');
  await journals.topic.focus();
  await page.keyboard.type('Десяткові дроби. Додавання');
  await page.keyboard.press('Enter');
  await expect(journals.lessonPanel.getByRole('status')).toHaveText('Урок збережено');
  await screenshot(page, '60-journal-teacher-today');

  // The journal of the period in Excel and back: the file as exported changes nothing.
  const file = await journals.exportToExcel();
  await journals.importFromExcel(file);
  await expect(page.getByTestId('journal-import-saved')).toHaveText('З файла збережено клітинок: 0.');
  // A mark out of the scale in the file: nothing is saved and the cell is named by its row and column, in Ukrainian.
  const { path: badFile, column } = await withMarkOfToday(file, 15);
  await journals.importFromExcel(badFile);
  await expect(page.getByTestId('journal-import-problems')).toContainText(`Рядок 4, стовпець ${column}: Оцінка 15 поза шкалою: від 1 до 12.`);
  await screenshot(page, '60b-journal-excel-bad-cell');

  // Period grades: the first student's suggestion overridden (UA has no bump, DESIGN §7), the rest confirmed as suggested.
  await journals.showGrades();
  const suggested = Number(await journals.gradeRow(0).getByTestId('grade-suggested').textContent());
  const other = suggested >= 12 ? suggested - 1 : suggested + 1;
  await journals.gradeRow(0).locator('select[name=final]').selectOption(String(other));
  await journals.gradeRow(0).getByRole('button', { name: 'Підтвердити' }).click();
  await expect(journals.gradeRow(0).getByRole('button', { name: 'Змінити' })).toBeVisible();
  await page.getByTestId('grades-confirm-all').click();
  await expect(journals.gradeRow(2).getByRole('button', { name: 'Змінити' })).toBeVisible();
  await screenshot(page, '61-journal-period-grades');
  await shell.logout();

  // The deputy reads the completeness report, then closes the period after the confirmation.
  await signInAs(page, login, shell, 'deputy', 'demo-deputy');
  await journalControl.open();
  await expect(journalControl.journalRow(journal)).toBeVisible();
  await expect(journalControl.journalRow(journal).locator('td').nth(1)).not.toHaveText('0');
  await screenshot(page, '62-journal-completeness');
  await journalControl.closeButton.click();
  await expect(journalControl.closeDialog).toContainText('Журналів із пропусками');
  await screenshot(page, '63-journal-close-confirm');
  await journalControl.closeDialog.getByRole('button', { name: 'Закрити період' }).click();
  await expect(journalControl.closedBanner).toHaveText('Період закрито.');
  // The class's attendance this month: the absence entered today counts.
  await journalControl.showAttendance();
  await page.getByTestId('attendance-class').selectOption({ label: '6-А' });
  await expect(journalControl.attendanceRow(1).locator('td').first()).not.toHaveText('0');
  await screenshot(page, '67-journal-attendance');
  // The same student's row opened up by subject, from the keyboard: today's absence is in maths.
  await journalControl.attendanceStudent(1).focus();
  await page.keyboard.press('Enter');
  await expect(journalControl.studentAttendanceRow('Математика').locator('td').first()).not.toHaveText('0');
  await screenshot(page, '67b-journal-attendance-by-subject');
  await shell.logout();

  // The teacher's later edit is refused.
  await signInAs(page, login, shell, 'subject', 'demo-subject');
  await journals.openNamed(journal);
  await expect(journals.cell(0, col)).toHaveAttribute('aria-readonly', 'true');
  await journals.grid.focus();
  await journals.type('8', 'Enter');
  await expect(page.getByTestId('journal-closed-refusal')).toHaveText('Період закрито: зміни можливі лише після тимчасового відкриття директором.');
  await expect(journals.cell(0, col)).toHaveText('11');
  await screenshot(page, '64-journal-closed-refused');
  await shell.logout();

  // The director opens this journal for a while.
  await signInAs(page, login, shell, 'director', 'demo-director');
  await journals.openNamed(journal);
  await journals.showGrades();
  await page.getByTestId('period-unlock').click();
  await page.getByTestId('unlock-dialog').locator('input[name=reason]').fill('Виправлення помилки вчителя');
  await page.getByTestId('unlock-dialog').getByRole('button', { name: 'Відкрити' }).click();
  await expect(page.getByTestId('journal-unlocked')).toBeVisible();
  await screenshot(page, '65-journal-director-unlock');
  await shell.logout();

  // Under the unlock, the teacher's change is let in.
  await signInAs(page, login, shell, 'subject', 'demo-subject');
  await journals.openNamed(journal);
  await expect(journals.cell(0, col)).not.toHaveAttribute('aria-readonly', 'true');
  await journals.grid.focus();
  await journals.type('8', 'Enter');
  await expect(journals.cell(0, col)).toHaveText('8');
  await expect(journals.saveStatus).toHaveText('Усе збережено');
  await screenshot(page, '66-journal-edit-under-unlock');

  // The year grades beside the period's, and the guide's page with its screenshots.
  await journals.showYear();
  await expect(journals.page.getByTestId('year-grades')).toBeVisible();
  await screenshot(page, '68-journal-year-grades');
  await shell.openHelp();
  await expect(page.getByTestId('help')).toHaveAttribute('data-page', 'journals');
  await expect(page.locator('.help__image').first()).toBeVisible();
  await screenshot(page, '69-journal-help');
});
