import { expect } from '@playwright/test';
import ExcelJS from 'exceljs';
import { screenshot } from './support/screens';
import { test } from './support/screen-test';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('school');
});

test.afterAll(async () => {
  await app.stop();
});

/** A sheet of two students as a secretary fills in the template, the second with a Latin-lettered surname. */
async function studentSheet(secondSurname: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Учні');
  sheet.addRow(['Прізвище *', "Ім'я *", 'Дата народження *', 'Стать (Ч/Ж) *', 'Серія документа', 'Номер документа']);
  sheet.addRow(['Мельник', 'Оксана', '02.04.2015', 'Ж', 'I-БК', '300001']);
  sheet.addRow([secondSurname, 'Петро', '11.11.2015', 'Ч', 'I-БК', '300002']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The school set up on the first visit, then the administrator signed in. */
async function signIn({ page, setup, login }: Pick<Parameters<Parameters<typeof test>[2]>[0], 'page' | 'setup' | 'login'>): Promise<void> {
  await page.goto(app.url);
  const setupCode = page.locator('[name="school.code"]');
  await expect(setupCode.or(login.signInButton('Увійти'))).toBeVisible();
  if (await setupCode.isVisible()) {
    await setup.fill({ code: '12345678', name: 'Ліцей № 7 м. Полтави', adminFullName: 'Олена Петрівна Коваль', adminLogin: 'koval', adminPassword: 'Tr1cky-passw0rd' });
    await setup.createSchool();
  }
  await login.fill('koval', 'Tr1cky-passw0rd');
  await login.submit();
}

test('the card editor checks as a secretary expects, finds a person entered twice, and cards come in from Excel', async ({
  page,
  setup,
  login,
  shell,
  students,
  studentCard,
  cardImport,
}) => {
  test.setTimeout(120_000);
  await signIn({ page, setup, login });

  // A new card: the surname focused, no errors before anything is typed, Україна as citizenship, Стать required.
  await students.open();
  await students.newStudent();
  await expect(studentCard.field('lastName')).toBeFocused();
  await expect(studentCard.issueSummary).toContainText('не знайшла зауважень');
  await expect(studentCard.field('citizenship')).toHaveValue('Україна');
  await expect(studentCard.editor.locator('label[for]', { hasText: 'Стать' })).toContainText('*');
  await screenshot(page, 'sec2-01-blank-card');

  // Latin letters in a Ukrainian citizen's surname, a date typed without dots.
  await studentCard.field('lastName').fill('Shevchenko');
  await studentCard.field('birthDate').fill('14052019');
  await expect(studentCard.fieldIssue('lastName', 'FORMAT')).toContainText('латинські літери');
  await expect(studentCard.fieldIssue('birthDate', 'DATE_INVALID')).toContainText('ДД.ММ.РРРР');
  await screenshot(page, 'sec2-02-latin-name-and-date');

  await studentCard.fill({ lastName: 'Шевченко', firstName: 'Марія', middleName: 'Іванівна', birthDate: '14.03.2015', sex: 'F' });
  await studentCard.field('documents.0.series').fill('I-БК');
  await studentCard.field('documents.0.number').fill('451278');
  await studentCard.save();
  await expect(shell.saved).toBeVisible();
  await studentCard.pressEscape();

  // The same certificate on a new card: named and linked before anything is saved.
  await students.newStudent();
  await studentCard.field('lastName').fill('Шевчeнко');
  await studentCard.field('documents.0.series').fill('і-бк');
  await studentCard.field('documents.0.number').fill('451278');
  const notice = page.getByTestId('duplicates-notice');
  await expect(notice).toContainText('Шевченко Марія Іванівна');
  await expect(studentCard.fieldIssue('documents.0.series', 'NORMALISED')).toContainText('«і» на «I»');
  await screenshot(page, 'sec2-03-duplicate-while-typing');
  await notice.getByTestId('duplicate-open').click();
  await studentCard.discardDialog.getByRole('button').first().click();
  await expect(studentCard.field('lastName')).toHaveValue('Шевченко');
  await expect(studentCard.field('lastName')).toBeFocused();
  await studentCard.pressEscape();

  // Column headers sort from the keyboard.
  const nameHeader = page.getByRole('columnheader', { name: /Прізвище, ім’я/ });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');

  // Excel: a bad row named by row and cell, nothing imported; the fixed file previewed and imported.
  await cardImport.open();
  await cardImport.choose({ name: 'учні.xlsx', buffer: await studentSheet('Petrenko') });
  await expect(cardImport.problemRow(3)).toContainText('латинські літери');
  await screenshot(page, 'sec2-04-import-problems');
  await cardImport.choose({ name: 'учні.xlsx', buffer: await studentSheet('Петренко') });
  await expect(cardImport.ready).toContainText('Перевірено карток: 2');
  await screenshot(page, 'sec2-05-import-preview');
  await cardImport.apply();
  await expect(cardImport.done).toContainText('Імпортовано карток: 2');
  await screenshot(page, 'sec2-06-import-done');

  await students.open();
  await expect(students.rows).toHaveCount(3);
  const download = page.waitForEvent('download');
  await cardImport.exportButton.click();
  const exported = new ExcelJS.Workbook();
  await exported.xlsx.readFile(await (await download).path());
  expect(exported.worksheets[0]?.rowCount).toBe(4);
  await screenshot(page, 'sec2-07-students-list-actions');
});

test('a dismissal before the hiring is an error; the staff list masks the RNOKPP', async ({ page, setup, login, shell, staff }) => {
  await signIn({ page, setup, login });
  await staff.open();
  await page.getByRole('button', { name: '+ Новий працівник' }).click();
  await staff.cardEditor.locator('[name=lastName]').fill('Кравченко');
  await staff.cardEditor.locator('[name=firstName]').fill('Микола');
  await staff.cardEditor.locator('[name=birthDate]').fill('28.02.1948');
  await staff.cardEditor.locator('[name=taxId]').fill('1759013776');
  await staff.cardEditor.locator('[name=position]').fill('Учитель математики');
  await staff.cardEditor.locator('[name=hiredOn]').fill('01.09.2020');
  await staff.cardEditor.locator('[name=dismissedOn]').fill('30.06.2019');
  await expect(staff.cardEditor.locator('.field-issue[data-issue-code=DATE_BEFORE]')).toBeVisible();
  await screenshot(page, 'sec2-08-staff-dismissal-before-hire');
  await staff.cardEditor.locator('[name=dismissedOn]').fill('');
  await staff.cardEditor.getByRole('button', { name: 'Зберегти' }).click();
  await expect(shell.saved).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(staff.rows.first()).toContainText('******3776');
  await expect(staff.rows.first()).not.toContainText('1759013776');
  await screenshot(page, 'sec2-09-staff-list-masked');
});
