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

test('the administrator backs up now, restores that backup and is asked to sign in again', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=backups]').click();
  const screen = page.getByTestId('backups-screen');
  await screen.getByTestId('backup-now').click();
  await expect(screen.getByRole('status').filter({ hasText: 'Копію зроблено й перевірено' })).toBeVisible();
  const manual = screen.getByTestId('backups-table').locator('tr', { hasText: 'Вручну' });
  await expect(manual).toHaveCount(1);
  await screenshot(page, '11-backups');

  await manual.getByRole('button', { name: 'Відновити…' }).click();
  const dialog = page.getByTestId('restore-confirm');
  await expect(dialog).toContainText('поточний стан спершу буде збережено');
  await dialog.getByRole('button', { name: 'Відновити' }).click();
  await expect(screen.getByTestId('backups-restored')).toContainText('Базу відновлено');
  await screen.getByRole('button', { name: 'Увійти знову' }).click();
  await expect(page.getByRole('button', { name: 'Увійти' })).toBeVisible();

  await logInToDemo(page, app.url);
  await page.locator('[data-nav=backups]').click();
  await expect(page.getByTestId('backups-table').locator('tr', { hasText: 'Перед відновленням' })).toHaveCount(1);
});
