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

test('Home says what its counts count, the current year and the last Sync all', async ({ page, login, home }) => {
  await login.signInToDemo(app.url);
  await expect(home.students.locator('[data-count=errorIssues]')).toContainText('звіт синхронізації рахує помилки');
  const cards = await home.count('students', 'error');
  const errors = Number(/\d+/.exec((await home.students.locator('[data-count=errorIssues]').textContent()) ?? '')?.[0]);
  expect(errors).toBeGreaterThanOrEqual(cards);
  await expect(page.getByTestId('home-year')).toContainText(/Навчальний рік \d{4}\/\d{4}/);
  await expect(page.getByTestId('home-last-sync')).toBeVisible();
  await screenshot(page, '50-home-counts');
});

test('the school’s details are edited after setup, checked and saved', async ({ page, login, schoolDetails }) => {
  await login.signInToDemo(app.url);
  await schoolDetails.open();
  await schoolDetails.field('code').fill('1234');
  await schoolDetails.save();
  await expect(schoolDetails.problem('code')).toHaveText(/8 цифр/);
  await screenshot(page, '51-school-details-invalid');
  await schoolDetails.field('code').fill('20405117');
  await schoolDetails.field('name').fill('Ліцей № 7 імені Лесі Українки');
  await schoolDetails.field('director').fill('Мельник Ганна Іванівна');
  await schoolDetails.save();
  await expect(schoolDetails.saved).toBeVisible();
  await expect(page.getByTestId('school-name')).toHaveText('Ліцей № 7 імені Лесі Українки');
  await screenshot(page, '52-school-details-saved');
});

test('the ? of a screen opens its page of the guide, offline, and leads back', async ({ page, login, shell, orders, help }) => {
  await login.signInToDemo(app.url);
  await orders.open();
  await shell.openHelp();
  await expect(help.root).toHaveAttribute('data-page', 'orders');
  await expect(help.root.locator('h1')).toHaveText('Накази');
  await screenshot(page, '53-help-orders');
  await help.back.click();
  await expect(page.getByTestId('orders-screen')).toBeVisible();

  await page.keyboard.press('F1');
  await expect(help.root).toHaveAttribute('data-page', 'orders');
  await page.keyboard.press('Escape');
  await shell.go('home');
  await shell.openHelp();
  await help.followLink('Синхронізація');
  await expect(help.root).toHaveAttribute('data-page', 'sync');

  await shell.switchLanguage('en');
  await expect(help.root.locator('h1')).toHaveText('Sync');
  await screenshot(page, '54-help-english');
});

test('in English a saved file’s name is all in Latin letters', async ({ login, shell, classes, classPage }) => {
  await login.signInToDemo(app.url);
  await shell.switchLanguage('en');
  await classes.open();
  await classes.openClass(classes.row('7-А'));
  const download = await classPage.exportList();
  expect(download.suggestedFilename()).toMatch(/^class-list-7-A-\d{4}-\d{2}-\d{2}\.xlsx$/);
});
