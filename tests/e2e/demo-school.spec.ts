import { expect } from '@playwright/test';
import { screenshot } from './support/screens';
import { test } from './support/screen-test';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('demo');
});

test.afterAll(async () => {
  await app.stop();
});

test('the demo school opens with about 2,000 students and 150 staff on the home screen', async ({ page, login, home }) => {
  await login.signInToDemo(app.url);
  const students = await home.count('students', 'total');
  const staff = await home.count('staff', 'total');
  expect(students).toBeGreaterThan(1800);
  expect(students).toBeLessThan(2200);
  expect(staff).toBe(150);
  await screenshot(page, '10-demo-home');
});

/** Checking the whole log takes seconds: the demo's finished year holds an entry for each of its ~68,000 grades. */
const wholeLogCheck = { timeout: 60_000 };

test('the change log of the demo school verifies as intact', async ({ login, home }) => {
  await login.signInToDemo(app.url);
  await home.verifyAuditLog();
  await expect(home.auditVerdict).toContainText('Журнал цілий', wholeLogCheck);
});

test('the change log check says the log is not anchored before the first Sync all, and that no card drifted', async ({ login, home }) => {
  await login.signInToDemo(app.url);
  await home.verifyAuditLog();
  await expect(home.auditAnchor('never')).toContainText('ще не синхронізувався', wholeLogCheck);
  await expect(home.auditCheck).toContainText('Усі картки такі, як їх описує журнал.');
});

test('the student list filters by class and finds a card by part of its name with the keyboard', async ({ page, login, students, studentCard }) => {
  await login.signInToDemo(app.url);
  await students.open();
  await expect(students.rows.first()).toBeVisible();

  await students.filterByClass({ index: 1 });
  // One class of the demo school holds about 30 students, not the school's 1,959.
  await expect
    .poll(async () => {
      const found = await students.found();
      return found > 0 && found < 60;
    })
    .toBe(true);
  await screenshot(page, '11-demo-students-class');

  await students.filterByClass({ index: 0 });
  await students.focusSearchByKeyboard();
  await expect(students.search).toBeFocused();
  // Search by the middle of the first row's last name.
  const fullName = await students.nameIn(students.rows.first());
  const part = (fullName.split(' ')[0] ?? '').slice(1, 5).toLowerCase();
  await students.typeSearch(part);
  await expect
    .poll(async () => {
      const shown = await students.rows.allTextContents();
      const found = await students.found();
      return shown.length > 0 && found < 1000 && shown.every((row) => row.toLowerCase().includes(part));
    })
    .toBe(true);
  await screenshot(page, '12-demo-students-search');

  await students.openWithKeyboard(students.rows.first());
  await expect(studentCard.editor).toBeVisible();
  await expect(studentCard.classHistory).toContainText('Зарахування');
  await screenshot(page, '13-demo-student-card');
  await studentCard.classHistory.scrollIntoViewIfNeeded();
  await screenshot(page, '13b-demo-student-class-history');
  await studentCard.pressEscape();
  await expect(studentCard.editor).toHaveCount(0);
});

test('cards with errors are one click away from the home screen', async ({ page, login, home, students }) => {
  await login.signInToDemo(app.url);
  const errors = await home.count('students', 'error');
  expect(errors).toBeGreaterThan(0);
  await home.openStudentsWith('error');
  await expect(students.statusFilter).toHaveValue('error');
  await expect(students.rows.first()).toBeVisible();
  await screenshot(page, '14-demo-students-with-errors');
});

test('the staff list and a staff card are readable', async ({ page, login, staff }) => {
  await login.signInToDemo(app.url);
  await staff.open();
  await expect(staff.rows.first()).toBeVisible();
  await screenshot(page, '15-demo-staff');
  await staff.openFirstCard();
  await expect(staff.cardEditor).toBeVisible();
  await screenshot(page, '16-demo-staff-card');
});

test('a reload keeps the user signed in and the chosen language', async ({ page, shell, login }) => {
  await login.signInToDemo(app.url);
  await shell.switchLanguage('en');
  await expect(shell.menuItem('students')).toHaveText('Students');
  await page.reload();
  await expect(shell.menuItem('students')).toHaveText('Students');
  await expect(login.signInButton('Sign in')).toHaveCount(0);
  await screenshot(page, '17-demo-reloaded-english');
});

test('closing a card with unsaved changes asks first, and staying keeps what was typed', async ({ page, login, students, studentCard }) => {
  await login.signInToDemo(app.url);
  await students.open();
  await students.openFirstCard();
  await studentCard.field('notes').fill('Переведено з ліцею № 3');
  await studentCard.close();
  await expect(studentCard.discardDialog).toBeVisible();
  await screenshot(page, '18-discard-dialog');
  await studentCard.pressEscape();
  await expect(studentCard.discardDialog).toHaveCount(0);
  await expect(studentCard.field('notes')).toHaveValue('Переведено з ліцею № 3');
});

test('a warning acknowledged with a note is saved with the card', async ({ page, shell, login, home, students, studentCard }) => {
  await login.signInToDemo(app.url);
  await home.openStudentsWith('warning');
  await students.openFirstCard();
  await studentCard.acknowledgeFirstWarning('Звірено з оригіналом свідоцтва');
  await expect(studentCard.acknowledged).toContainText('Звірено з оригіналом свідоцтва');
  await screenshot(page, '19-warning-acknowledged');
  await studentCard.save();
  await expect(shell.saved).toBeVisible();

  await studentCard.close();
  await students.openFirstCard();
  await expect(studentCard.acknowledged).toContainText('Звірено з оригіналом свідоцтва');
});
