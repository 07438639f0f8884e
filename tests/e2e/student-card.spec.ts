import { expect, test } from '@playwright/test';
import { screenshot } from './support/screens';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('school');
});

test.afterAll(async () => {
  await app.stop();
});

test('a secretary sets up a school, enters a student with a wrong RNOKPP, fixes it, finds the card and reads its history', async ({ page }) => {
  await page.goto(app.url);

  await page.locator('[name="school.code"]').fill('12345678');
  await page.locator('[name="school.name"]').fill('Ліцей № 7 м. Полтави');
  await page.locator('[name="admin.fullName"]').fill('Олена Петрівна Коваль');
  await page.locator('[name="admin.login"]').fill('koval');
  await page.locator('[name="admin.password"]').fill('Tr1cky-passw0rd');
  await page.locator('[name="admin.passwordRepeat"]').fill('Tr1cky-passw0rd');
  await screenshot(page, '01-setup');
  await page.getByRole('button', { name: 'Створити школу' }).click();

  await page.locator('[name=login]').fill('koval');
  await page.locator('[name=password]').fill('Tr1cky-passw0rd');
  await screenshot(page, '02-login');
  await page.getByRole('button', { name: 'Увійти' }).click();

  await expect(page.locator('[data-testid=school-name]')).toContainText('Ліцей № 7');
  await screenshot(page, '03-home');

  await page.locator('[data-nav=students]').click();
  await page.getByRole('button', { name: '+ Новий учень' }).click();
  const editor = page.locator('[data-testid=student-editor]');
  await expect(editor).toBeVisible();

  await editor.locator('[name=lastName]').fill('Шевчук');
  await editor.locator('[name=firstName]').fill('Марія');
  await editor.locator('[name=middleName]').fill('Іванівна');
  await editor.locator('[name=birthDate]').fill('14.03.2015');
  await editor.locator('[name=sex]').selectOption('F');
  // 2015-03-14, female, serial 004: the right check digit is 0; 9 is wrong.
  await editor.locator('[name=taxId]').fill('4207600049');

  const taxIdChecksum = editor.locator('.field', { has: page.locator('[name=taxId]') }).locator('.field-issue[data-issue-code=CHECKSUM]');
  await expect(taxIdChecksum).toBeVisible();
  await expect(editor.locator('[data-testid=issue-summary]')).toBeVisible();
  await screenshot(page, '04-student-wrong-rnokpp');

  await editor.locator('[name=taxId]').fill('4207600040');
  await expect(taxIdChecksum).toHaveCount(0);
  await editor.getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Збережено' })).toBeVisible();
  await screenshot(page, '05-student-saved');

  await page.keyboard.press('Escape');
  await page.locator('[data-nav=students]').click();
  await page.locator('[name=search]').fill('шевч');
  const rows = page.getByRole('grid').getByRole('row').filter({ hasText: 'Шевчук' });
  await expect(rows).toHaveCount(1);
  await screenshot(page, '06-student-found');

  await rows.first().click();
  await page.keyboard.press('Enter');
  await expect(editor.locator('[name=lastName]')).toHaveValue('Шевчук');
  await editor.getByRole('tab', { name: 'Історія змін' }).click();
  const history = page.locator('[data-testid=history-table]');
  await expect(history).toContainText('Олена Петрівна Коваль');
  await expect(history).toContainText('4207600040');
  await screenshot(page, '07-student-history');
});
