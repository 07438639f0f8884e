import { expect } from '@playwright/test';
import ExcelJS from 'exceljs';
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

test('a card opened from the Sync report closes back to the report; the report words its issues', async ({ page, login, sync, studentCard }) => {
  test.setTimeout(240_000);
  await login.signInToDemo(app.url);
  await sync.syncAll();
  await expect(sync.issues('REGISTRY_NAME_MISMATCH').first()).toContainText(/(Прізвище|Ім'я|По батькові) не збігається з реєстром/);
  await screenshot(page, 'sec2-10-report-wording');

  await sync.issues('REGISTRY_NAME_MISMATCH').first().click();
  await expect(studentCard.editor).toBeVisible();
  await studentCard.close();
  await expect(sync.report).toBeVisible();
  await screenshot(page, 'sec2-11-back-in-report');
});

test('the year-end offers a first-grader template with the header its import reads', async ({ page, login, shell }) => {
  await login.signInToDemo(app.url);
  await shell.go('yearEnd');
  const download = page.waitForEvent('download');
  await page.getByTestId('ye-first-template').click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await download).path());
  expect(workbook.worksheets[0]?.getRow(1).values).toContain('Стать (Ч/Ж)');
  await screenshot(page, 'sec2-12-first-grader-template');
});
