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

test('the demo school opens with about 2,000 students and 150 staff on the home screen', async ({ page }) => {
  await logInToDemo(page, app.url);
  const students = Number(await page.locator('[data-testid=home-students] [data-count=total]').textContent());
  const staff = Number(await page.locator('[data-testid=home-staff] [data-count=total]').textContent());
  expect(students).toBeGreaterThan(1800);
  expect(students).toBeLessThan(2200);
  expect(staff).toBe(150);
  await screenshot(page, '10-demo-home');
});

test('the change log of the demo school verifies as intact', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-testid=audit-check]').getByRole('button', { name: 'Перевірити журнал' }).click();
  await expect(page.locator('[data-testid=audit-check]').getByRole('status')).toContainText('Журнал цілий');
});

test('the change log check says the log is not anchored before the first Sync all, and that no card drifted', async ({ page }) => {
  await logInToDemo(page, app.url);
  const panel = page.locator('[data-testid=audit-check]');
  await panel.getByRole('button', { name: 'Перевірити журнал' }).click();
  await expect(panel.locator('[data-anchor=never]')).toContainText('ще не синхронізувався');
  await expect(panel).toContainText('Усі картки такі, як їх описує журнал.');
});

test('the student list filters by class and finds a card by part of its name with the keyboard', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=students]').click();
  const grid = page.getByRole('grid');
  await expect(grid.locator('[data-id]').first()).toBeVisible();

  await page.locator('[name=classId]').selectOption({ index: 1 });
  const rowCount = page.locator('[data-testid=row-count]');
  // One class of the demo school holds about 30 students, not the school's 1,959.
  await expect
    .poll(async () => {
      const found = Number(((await rowCount.textContent()) ?? '').replace(/\D/g, ''));
      return found > 0 && found < 60;
    })
    .toBe(true);
  await screenshot(page, '11-demo-students-class');

  await page.locator('[name=classId]').selectOption({ index: 0 });
  await page.keyboard.press('Control+f');
  await expect(page.locator('[name=search]')).toBeFocused();
  // The name is the second cell of a row (after its number); search by the middle of the last name.
  const fullName = (await grid.locator('[data-id]').first().getByRole('gridcell').nth(1).textContent()) ?? '';
  const part = (fullName.split(' ')[0] ?? '').slice(1, 5).toLowerCase();
  await page.keyboard.type(part);
  await expect
    .poll(async () => {
      const shown = await grid.locator('[data-id]').allTextContents();
      const found = Number(((await rowCount.textContent()) ?? '').replace(/\D/g, ''));
      return shown.length > 0 && found < 1000 && shown.every((row) => row.toLowerCase().includes(part));
    })
    .toBe(true);
  await screenshot(page, '12-demo-students-search');

  await grid.locator('[data-id]').first().click();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid=student-editor]')).toBeVisible();
  await expect(page.locator('[data-testid=class-history]')).toContainText('Зарахування');
  await screenshot(page, '13-demo-student-card');
  await page.locator('[data-testid=class-history]').scrollIntoViewIfNeeded();
  await screenshot(page, '13b-demo-student-class-history');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid=student-editor]')).toHaveCount(0);
});

test('cards with errors are one click away from the home screen', async ({ page }) => {
  await logInToDemo(page, app.url);
  const errors = Number(await page.locator('[data-testid=home-students] [data-count=error] .stat-link__value').textContent());
  expect(errors).toBeGreaterThan(0);
  await page.locator('[data-testid=home-students] [data-count=error]').click();
  await expect(page.locator('[name=status]')).toHaveValue('error');
  await expect(page.getByRole('grid').locator('[data-id]').first()).toBeVisible();
  await screenshot(page, '14-demo-students-with-errors');
});

test('the staff list and a staff card are readable', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=staff]').click();
  const grid = page.getByRole('grid');
  await expect(grid.locator('[data-id]').first()).toBeVisible();
  await screenshot(page, '15-demo-staff');
  await grid.locator('[data-id]').first().dblclick();
  await expect(page.locator('[data-testid=staff-editor]')).toBeVisible();
  await screenshot(page, '16-demo-staff-card');
});

test('the chosen language stays after a reload', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-lang=en]').click();
  await expect(page.locator('[data-nav=students]')).toHaveText('Students');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await screenshot(page, '17-demo-login-english');
});

test('closing a card with unsaved changes asks first, and staying keeps what was typed', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=students]').click();
  await page.getByRole('grid').locator('[data-id]').first().dblclick();
  const editor = page.locator('[data-testid=student-editor]');
  await editor.locator('[name=notes]').fill('Переведено з ліцею № 3');
  await editor.getByRole('button', { name: 'Закрити' }).click();
  const dialog = page.locator('[data-testid=discard-dialog]');
  await expect(dialog).toBeVisible();
  await screenshot(page, '18-discard-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(editor.locator('[name=notes]')).toHaveValue('Переведено з ліцею № 3');
});

test('a warning acknowledged with a note is saved with the card', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-testid=home-students] [data-count=warning]').click();
  await page.getByRole('grid').locator('[data-id]').first().dblclick();
  const editor = page.locator('[data-testid=student-editor]');
  const summary = editor.locator('[data-testid=issue-summary]');
  await summary.getByRole('button', { name: 'Підтвердити з приміткою…' }).first().click();
  await summary.locator('[name=ack-note]').fill('Звірено з оригіналом свідоцтва');
  await summary.getByRole('button', { name: 'Підтвердити', exact: true }).click();
  await expect(summary.locator('[data-testid=acknowledged]')).toContainText('Звірено з оригіналом свідоцтва');
  await screenshot(page, '19-warning-acknowledged');
  await editor.getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Збережено' })).toBeVisible();

  await editor.getByRole('button', { name: 'Закрити' }).click();
  await page.getByRole('grid').locator('[data-id]').first().dblclick();
  await expect(page.locator('[data-testid=student-editor] [data-testid=acknowledged]')).toContainText('Звірено з оригіналом свідоцтва');
});
