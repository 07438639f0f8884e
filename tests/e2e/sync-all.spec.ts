import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { logInToDemo, screenshot } from './support/screens';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('demo');
});

test.afterAll(async () => {
  await app.stop();
});

async function syncAll(page: Page): Promise<void> {
  await page.locator('[data-nav=sync]').click();
  const button = page.locator('[data-testid=sync-all]');
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.locator('[data-testid=sync-result] [data-fact=finishedAt]')).toBeVisible({ timeout: 60_000 });
  await expect(button).toBeEnabled({ timeout: 60_000 });
}

test('Sync all on the demo school reports the cards the registry disagrees with; a fixed card becomes verified', async ({ page }) => {
  test.setTimeout(180_000);
  await logInToDemo(page, app.url);

  await syncAll(page);
  await expect(page.locator('[data-testid=sync-result] [data-fact=sent]')).toContainText(/\d{4}/);
  const report = page.locator('[data-testid=sync-report]');
  await expect(report.locator('button[data-issue-code=REGISTRY_NAME_MISMATCH]').first()).toBeVisible();
  await screenshot(page, '20-sync-report');

  // The director's copy: the same rows in an Excel workbook.
  const [download] = await Promise.all([page.waitForEvent('download'), report.locator('[data-testid=sync-export]').click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const shownCards = await report.locator('tr[data-card-id]').count();
  expect(sheet?.getRow(1).getCell(1).text).toBe('ПІБ');
  expect((sheet?.rowCount ?? 0) - 1).toBeGreaterThanOrEqual(shownCards);

  // A card whose only issue is a name the registry spells otherwise.
  const row = report.locator('tr[data-card-id]').filter({ has: page.locator('button[data-issue-code=REGISTRY_NAME_MISMATCH]') }).filter({
    has: page.locator('li:only-child'),
  }).first();
  const cardId = await row.getAttribute('data-card-id');
  const issue = row.locator('button[data-issue-code=REGISTRY_NAME_MISMATCH]');
  const field = (await issue.getAttribute('data-issue-field')) ?? '';
  const registryValue = /у реєстрі: ([^)]+)\)/.exec((await issue.textContent()) ?? '')?.[1] ?? '';
  expect(registryValue).not.toBe('');

  await issue.click();
  const editor = page.locator('[data-testid=student-editor]');
  await expect(editor.locator(`[name="${field}"]`)).toBeFocused();
  await expect(editor.locator('[data-testid=registry-state] [data-registry-status=error]')).toBeVisible();
  await expect(editor.locator('.field', { has: page.locator(`[name="${field}"]`) }).locator('.field-issue[data-issue-code=REGISTRY_NAME_MISMATCH]')).toBeVisible();
  await screenshot(page, '21-card-opened-from-report');
  await editor.locator(`[name="${field}"]`).fill(registryValue);
  await editor.getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Збережено' })).toBeVisible();

  await syncAll(page);
  await expect(page.locator('[data-testid=sync-result] [data-fact=sent]')).toContainText('1');
  await page.locator('[data-testid=sync-status-filter]').selectOption('verified');
  await page.locator('[data-testid=sync-search]').fill(registryValue);
  await expect(report.locator(`tr[data-card-id="${cardId}"]`)).toHaveAttribute('data-status', 'verified');
  await screenshot(page, '22-sync-card-verified');

  await page.locator('[data-nav=students]').click();
  await page.locator('[name=registry]').selectOption('error');
  await expect(page.getByRole('grid').locator('[data-id]').first().locator('[data-registry-status=error]')).toBeVisible();
  await expect(page.getByRole('grid').locator(`[data-id="${cardId}"]`)).toHaveCount(0);
  await screenshot(page, '23-students-registry-errors');
});

test("after Sync all the change log check reports the central server's anchor: the log extends what it saw", async ({ page }) => {
  test.setTimeout(180_000);
  await logInToDemo(page, app.url);
  await syncAll(page);
  await page.locator('[data-nav=home]').click();
  const panel = page.locator('[data-testid=audit-check]');
  await panel.getByRole('button', { name: 'Перевірити журнал' }).click();
  await expect(panel.locator('[data-anchor=extends]')).toContainText('журнал продовжує те, що сервер бачив раніше');
});
