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

test('the administrator backs up now, restores that backup and is asked to sign in again', async ({ page, login, shell, backups }) => {
  await login.signInToDemo(app.url);
  await shell.go('backups');
  await backups.backUpNow();
  await expect(backups.madeNotice).toBeVisible();
  const manual = backups.rowsOfKind('Вручну');
  await expect(manual).toHaveCount(1);
  await screenshot(page, '11-backups');

  await backups.askToRestore(manual);
  await expect(backups.restoreDialog).toContainText('поточний стан спершу буде збережено');
  await backups.confirmRestore();
  await expect(backups.restored).toContainText('Базу відновлено');
  await backups.signInAgain();
  await expect(login.signInButton()).toBeVisible();

  await login.signInToDemo(app.url);
  await shell.go('backups');
  await expect(backups.rowsOfKind('Перед відновленням')).toHaveCount(1);
});
