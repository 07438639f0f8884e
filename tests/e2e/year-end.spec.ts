import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { logInToDemo, screenshot } from './support/screens';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('demo');
});

test.afterAll(async () => {
  await app.stop();
});

async function openWizard(page: Page): Promise<void> {
  await page.locator('[data-nav=yearEnd]').click();
  await expect(page.getByRole('heading', { name: 'Перехід на новий навчальний рік' })).toBeVisible();
}

const summary = (page: Page, key: string) => page.locator(`[data-summary=${key}] dd`);

/** Opens the first class whose label begins with `grade-` and gives its first student `choice`; returns the name. */
async function choose(page: Page, grade: number, choice: string): Promise<string> {
  const item = page.locator(`.ye-class[data-class^="${grade}-"]`).first();
  await item.locator('.ye-class__head').click();
  const row = item.locator('tbody tr').first();
  const name = (await row.locator('th').textContent()) ?? '';
  await row.getByTestId('ye-choice').selectOption(choice);
  return name;
}

test('a first-grader list with bad rows is refused whole, each bad row named with its number', async ({ page }) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Першокласники');
  sheet.addRow(['Прізвище', 'Ім’я', 'По батькові', 'Дата народження', 'Стать', 'Клас']);
  sheet.addRow(['Коваленко', 'Марія', 'Петрівна', '2020-03-14', 'Ж', '1-А']);
  sheet.addRow(['Шевчук', '', 'Іванович', '31.02.2020', 'Ч', '2-А']);
  const file = resolve(app.dataDir, 'first-graders.xlsx');
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));

  await logInToDemo(page, app.url);
  await openWizard(page);
  await expect(page.getByTestId('ye-summary')).toBeVisible();
  await page.getByTestId('ye-first-file').setInputFiles(file);
  const problems = page.getByTestId('ye-import-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('Рядок 3');
  await expect(problems).toContainText('«Ім’я»');
  await expect(page.locator('[data-first-grader]')).toHaveCount(0);
  await problems.scrollIntoViewIfNeeded();
  await screenshot(page, '30-year-end-import-problems');
});

test('the year-end wizard promotes the school, keeps a repeater, withdraws a grade-9 leaver, and is undone', async ({ page }) => {
  await logInToDemo(page, app.url);
  await openWizard(page);
  await expect(page.getByTestId('ye-summary')).toBeVisible();
  await expect(summary(page, 'repeat')).toHaveText('0');
  await screenshot(page, '31-year-end-preview');

  const leaver = await choose(page, 9, 'leave');
  await expect(summary(page, 'leave')).toHaveText('1');
  const repeater = await choose(page, 5, 'repeat');
  await expect(summary(page, 'repeat')).toHaveText('1');
  const repeaterRow = page.locator('.ye-class[data-class^="5-"]').first().locator('tbody tr').first();
  await expect(repeaterRow).toHaveAttribute('data-movement', 'repeat');

  await page.getByTestId('ye-first-add').click();
  await page.locator('[name=fg-lastName]').fill('Ярошенко');
  await page.locator('[name=fg-firstName]').fill('Соломія');
  await page.locator('[name=fg-birthDate]').fill('14.03.2020');
  await page.locator('[name=fg-sex]').selectOption('F');
  await expect(summary(page, 'firstGraders')).toHaveText('1');
  // Scrolls the page's own scroll area, not the window, so the header stays in the picture.
  await page.locator('.ye-class[data-class^="5-"]').first().evaluate((el) => {
    const main = el.closest('.shell__main');
    if (main) main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
  await screenshot(page, '32-year-end-choices');

  await page.getByTestId('ye-run').click();
  const confirm = page.getByTestId('ye-confirm');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('резервну копію');
  await screenshot(page, '33-year-end-confirm');
  await confirm.getByRole('button', { name: 'Так, виконати перехід' }).click();

  const result = page.getByTestId('ye-result');
  await expect(result).toBeVisible();
  await expect(result.getByTestId('ye-result-orders').locator('li')).toHaveCount(4);
  await expect(result.getByTestId('ye-result-classes')).toContainText('10-А');
  await screenshot(page, '34-year-end-result');

  await result.getByTestId('ye-open-classes').click();
  await expect(page.locator('[name=academicYear] option:checked')).toHaveText('2027/2028');
  const classes = page.getByTestId('classes-table');
  await expect(classes.locator('[data-class="2-А"]')).toBeVisible();
  await expect(classes.locator('[data-class="10-А"]')).toBeVisible();
  await screenshot(page, '35-new-year-classes');

  await page.getByTestId('classes-table').locator('[data-class^="5-"]').first().getByRole('button').first().click();
  await expect(page.getByTestId('class-page')).toBeVisible();
  await expect(page.getByTestId('class-members')).toContainText(repeater);
  await screenshot(page, '36-new-year-class-with-repeater');

  await page.locator('[data-nav=orders]').click();
  await page.locator('[name=kind]').selectOption('withdraw');
  const withdrawals = page.getByTestId('orders-table').locator('tbody tr');
  await expect(withdrawals.first()).toContainText(leaver);
  await expect(withdrawals.first()).toContainText('Перехід 2026/2027');
  await screenshot(page, '37-orders-withdrawals');
  await withdrawals.first().getByRole('button').click();
  const detail = page.getByTestId('order-detail');
  await expect(detail.getByTestId('order-items')).toContainText(leaver);
  await expect(detail.getByTestId('order-items')).toContainText('Здобуття освіти');
  await screenshot(page, '38-order-detail');

  await openWizard(page);
  await expect(page.getByTestId('ye-preview-error')).toHaveAttribute('data-code', 'YEAR_END_ALREADY_RUN');
  await expect(page.getByTestId('ye-preview-error')).toContainText('уже виконано');
  await page.getByTestId('ye-undo').click();
  const undo = page.getByTestId('ye-undo-confirm');
  await expect(undo).toBeVisible();
  await screenshot(page, '39-year-end-undo-confirm');
  await undo.getByRole('button', { name: 'Так, скасувати перехід' }).click();
  await expect(page.getByTestId('ye-undone')).toBeVisible();
  await expect(page.getByTestId('ye-preview-error')).toHaveCount(0);
  await expect(summary(page, 'repeat')).toHaveText('0');
  await screenshot(page, '3a-year-end-undone');
});

test('a class is created with its homeroom teacher, and a class list is saved as Excel', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=classes]').click();
  await expect(page.getByTestId('classes-table')).toBeVisible();
  await page.getByTestId('new-class').click();
  const dialog = page.getByTestId('class-dialog');
  await expect(dialog.locator('[name=grade]')).toBeFocused();
  await dialog.locator('[name=grade]').selectOption('8');
  await expect(dialog.locator('[name=label]')).toHaveValue('8-А');
  await dialog.locator('[name=label]').fill('8-Я');
  await dialog.locator('[name=homeroomTeacherId]').selectOption({ index: 1 });
  await screenshot(page, '3e-class-dialog');
  await dialog.getByRole('button', { name: 'Створити клас' }).click();
  await expect(dialog).toHaveCount(0);
  const created = page.getByTestId('classes-table').locator('[data-class="8-Я"]');
  await expect(created).toBeVisible();
  await expect(created.locator('td').first()).not.toContainText('не призначено');

  await page.getByTestId('classes-table').locator('[data-class="7-А"]').getByRole('button').first().click();
  await expect(page.getByTestId('class-members').locator('tbody tr').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('class-export').click();
  expect((await download).suggestedFilename()).toMatch(/^список-класу-7-А-.*\.xlsx$/);
  await screenshot(page, '3f-class-page');
});

test('the alphabet book lists file numbers by letter and finds a student', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=classes]').click();
  await page.getByTestId('open-alphabet-book').click();
  const table = page.getByTestId('alphabet-table');
  await expect(table.locator('[data-file-number]').first()).toBeVisible();
  await page.locator('.ac-letter[data-letter="В"]').click();
  await expect(table.locator('[data-file-number]').first()).toHaveAttribute('data-file-number', /^В\//);
  await screenshot(page, '3b-alphabet-book');
});

test('a transfer between classes is made by an order from the form', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=orders]').click();
  await page.getByTestId('new-order').click();
  const form = page.getByTestId('new-order-form');
  await form.locator('[name=studentSearch]').fill('ко');
  await form.locator('.ac-match').first().click();
  await expect(form.getByTestId('chosen-student')).toBeVisible();
  await form.locator('[name=toClassId]').selectOption({ index: 1 });
  await screenshot(page, '3c-new-order');
  await form.getByTestId('submit-order').click();
  await expect(page.getByTestId('order-kind')).toHaveText('Переведення');
  await screenshot(page, '3d-new-order-created');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('order-print').click()]);
  expect(download.suggestedFilename()).toMatch(/^nakaz-\d{4}-\d{4}-\d+\.pdf$/);
  const pdf = await PDFDocument.load(readFileSync(await download.path()));
  expect(pdf.getTitle()).toMatch(/^Наказ № \d+ від \d{2}\.\d{2}\.\d{4}$/);
});

test('a form dialog keeps the keyboard inside it and gives the focus back on Esc', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=classes]').click();
  const opener = page.getByTestId('new-class');
  await opener.click();
  const dialog = page.getByTestId('class-dialog');
  const first = dialog.locator('[name=grade]');
  const cancel = dialog.getByRole('button', { name: 'Скасувати' });
  await expect(first).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  // Once round the whole dialog by Tab, and the focus is back on its first field, never on the page behind.
  const controls = await dialog.locator('button:not(:disabled), input, select, textarea').count();
  for (let i = 0; i < controls; i += 1) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('the wizard reads in English too', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-lang=en]').click();
  await page.locator('[data-nav=yearEnd]').click();
  await expect(page.getByRole('heading', { name: 'Transition to the new academic year' })).toBeVisible();
  await expect(summary(page, 'promote')).not.toHaveText('0');
  await screenshot(page, '3g-year-end-english');
});

test('a new academic year is created from the Classes screen and shown there, still without classes', async ({ page }) => {
  await logInToDemo(page, app.url);
  await page.locator('[data-nav=classes]').click();
  await page.getByTestId('new-year').click();
  const dialog = page.getByTestId('new-year-dialog');
  const label = await dialog.locator('[name=yearLabel]').inputValue();
  expect(label).toMatch(/^\d{4}\/\d{4}$/);
  await screenshot(page, '3h-new-year-dialog');
  await dialog.getByRole('button', { name: 'Створити рік' }).click();
  await expect(dialog).toHaveCount(0);
  const switcher = page.locator('[name=academicYear]');
  await expect(switcher.locator('option:checked')).toHaveText(label);
  await expect(page.getByTestId('classes-screen')).toContainText('У цьому навчальному році ще немає класів.');
});
