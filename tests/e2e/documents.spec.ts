import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pagesText } from '../fixtures/print/pdf-text';
import { logInToDemo, screenshot } from './support/screens';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('demo');
});

test.afterAll(async () => {
  await app.stop();
});

test('a printed alphabet book is in the Documents register with its code, and a reprint gets a new code', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=classes]').click();
  await page.getByRole('button', { name: 'Алфавітна книга' }).click();
  const [printed] = await Promise.all([page.waitForEvent('download'), page.getByTestId('alphabet-print').click()]);
  const pages = pagesText(readFileSync((await printed.path()) ?? ''));
  const code = /Код перевірки: ([0-9A-Z-]{19})/.exec(pages[0] ?? '')?.[1] ?? '';
  expect(code).not.toBe('');
  expect(pages.at(-1)).toContain(`Сторінка ${pages.length} з ${pages.length}`);

  await page.locator('[data-nav=documents]').click();
  const table = page.getByTestId('documents-table');
  await expect(table.locator(`[data-code="${code}"]`)).toContainText('Алфавітна книга запису учнів');
  await page.locator('[name=search]').fill(code.replace(/-/g, '').toLowerCase());
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await screenshot(page, '11-documents-register');

  const [reprinted] = await Promise.all([page.waitForEvent('download'), table.locator(`[data-code="${code}"]`).getByTestId('document-reprint').click()]);
  const reprintCode = /Код перевірки: ([0-9A-Z-]{19})/.exec(pagesText(readFileSync((await reprinted.path()) ?? ''))[0] ?? '')?.[1];
  await page.locator('[name=search]').fill('');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator(`[data-code="${reprintCode ?? ''}"]`)).toContainText('перевидання');
});
