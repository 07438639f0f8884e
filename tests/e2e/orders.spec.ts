import { expect, test } from '@playwright/test';
import { logInToDemo, screenshot } from './support/screens';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('demo');
});

test.afterAll(async () => {
  await app.stop();
});

test('a new student in no class is enrolled in a class by an order from the form', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=students]').click();
  await page.getByRole('button', { name: '+ Новий учень' }).click();
  const editor = page.getByTestId('student-editor');
  await editor.locator('[name=lastName]').fill('Зарічанська');
  await editor.locator('[name=firstName]').fill('Ярина');
  await editor.locator('[name=middleName]').fill('Богданівна');
  await editor.locator('[name=birthDate]').fill('14.03.2013');
  await editor.locator('[name=sex]').selectOption('F');
  await editor.getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Збережено' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.locator('[data-nav=orders]').click();
  await page.getByTestId('new-order').click();
  const form = page.getByTestId('new-order-form');
  await form.locator('[name=kind]').selectOption('enroll');
  await form.locator('[name=studentSearch]').fill('Зарічанськ');
  // Only students in no class are offered for an enrollment.
  await expect(form.locator('.ac-match')).toHaveCount(1);
  await form.locator('.ac-match').click();
  await expect(form.getByTestId('chosen-student')).toContainText('Зарічанська');
  await form.locator('[name=toClassId]').selectOption({ label: '7-А' });
  await screenshot(page, '3h-new-enroll-order');
  await form.getByTestId('submit-order').click();
  await expect(page.getByTestId('order-kind')).toHaveText('Зарахування');

  await page.locator('[data-nav=classes]').click();
  await page.getByTestId('classes-table').locator('[data-class="7-А"]').getByRole('button').first().click();
  await expect(page.getByTestId('class-members')).toContainText('Зарічанська');
});

test('a student already in a class is not offered for an enrollment', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=orders]').click();
  await page.getByTestId('new-order').click();
  const form = page.getByTestId('new-order-form');
  await form.locator('[name=studentSearch]').fill('ко');
  await expect(form.locator('.ac-match').first()).toBeVisible();
  await form.locator('[name=kind]').selectOption('enroll');
  await expect(form.locator('.ac-match')).toHaveCount(0);
  await expect(form.locator('.ac-matches')).toContainText('Учнів не знайдено');
});
