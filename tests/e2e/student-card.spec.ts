import { expect } from '@playwright/test';
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

test('a secretary sets up a school, enters a student with a wrong RNOKPP, fixes it, finds the card and reads its history', async ({
  page,
  shell,
  setup,
  login,
  home,
  students,
  studentCard,
}) => {
  await page.goto(app.url);

  await setup.fill({ code: '12345678', name: 'Ліцей № 7 м. Полтави', adminFullName: 'Олена Петрівна Коваль', adminLogin: 'koval', adminPassword: 'Tr1cky-passw0rd' });
  await screenshot(page, '01-setup');
  await setup.createSchool();

  await login.fill('koval', 'Tr1cky-passw0rd');
  await screenshot(page, '02-login');
  await login.submit();

  await expect(home.schoolName).toContainText('Ліцей № 7');
  await screenshot(page, '03-home');

  await students.open();
  await students.newStudent();
  await expect(studentCard.editor).toBeVisible();

  // 2015-03-14, female, serial 004: the right check digit is 0; 9 is wrong.
  await studentCard.fill({ lastName: 'Шевчук', firstName: 'Марія', middleName: 'Іванівна', birthDate: '14.03.2015', sex: 'F', taxId: '4207600049' });

  const taxIdChecksum = studentCard.fieldIssue('taxId', 'CHECKSUM');
  await expect(taxIdChecksum).toBeVisible();
  await expect(studentCard.issueSummary).toBeVisible();
  await screenshot(page, '04-student-wrong-rnokpp');

  await studentCard.field('taxId').fill('4207600040');
  await expect(taxIdChecksum).toHaveCount(0);
  await studentCard.save();
  await expect(shell.saved).toBeVisible();
  await screenshot(page, '05-student-saved');

  await studentCard.pressEscape();
  await students.open();
  await students.searchFor('шевч');
  const rows = students.rowsWith('Шевчук');
  await expect(rows).toHaveCount(1);
  await screenshot(page, '06-student-found');

  await students.openWithKeyboard(rows.first());
  await expect(studentCard.field('lastName')).toHaveValue('Шевчук');
  await studentCard.openHistory();
  await expect(studentCard.history).toContainText('Олена Петрівна Коваль');
  await expect(studentCard.history).toContainText('4207600040');
  await screenshot(page, '07-student-history');
});
