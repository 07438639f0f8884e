import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { pagesText } from '../fixtures/print/pdf-text';
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

const codeOn = (page: string | undefined) => /Код перевірки: ([0-9A-Z-]{19})/.exec(page ?? '')?.[1] ?? '';

test('a printed alphabet book is in the Documents register with its code, and a reprint gets a new code', async ({
  page,
  login,
  shell,
  classes,
  alphabetBook,
  documents,
}) => {
  await login.signInToDemo(app.url);
  await shell.go('classes');
  await classes.openAlphabetBook();
  const printed = await alphabetBook.print();
  const pages = pagesText(readFileSync((await printed.path()) ?? ''));
  const code = codeOn(pages[0]);
  expect(code).not.toBe('');
  expect(pages.at(-1)).toContain(`Сторінка ${pages.length} з ${pages.length}`);

  await shell.go('documents');
  await expect(documents.withCode(code)).toContainText('Алфавітна книга запису учнів');
  await documents.search.fill(code.replace(/-/g, '').toLowerCase());
  await expect(documents.rows).toHaveCount(1);
  await screenshot(page, '11-documents-register');

  const reprinted = await documents.reprint(code);
  const reprintCode = codeOn(pagesText(readFileSync((await reprinted.path()) ?? ''))[0]);
  await documents.search.fill('');
  await expect(documents.rows).toHaveCount(2);
  await expect(documents.withCode(reprintCode)).toContainText('перевидання');
});

test("a class's annual ledger printed from its page is in the Documents register, and the year's archive asks before it is built", async ({
  page,
  login,
  shell,
  classes,
  classPage,
  documents,
}) => {
  await login.signInToDemo(app.url);
  await classes.open();
  await classes.openClass(classes.row('7-А'));
  await expect(classPage.ledgerPrint).toBeVisible();
  await screenshot(page, '11-class-page-ledger');
  const printed = await classPage.printLedger();
  const pages = pagesText(readFileSync((await printed.path()) ?? ''));
  expect(pages[0]).toContain('Зведена відомість навчальних досягнень учнів 7-А класу');
  const code = codeOn(pages[0]);
  expect(code).not.toBe('');

  await shell.go('documents');
  await expect(documents.withCode(code)).toContainText('Зведена відомість навчальних досягнень учнів 7-А класу');
  await expect(documents.withCode(code)).toContainText('Зведена відомість класу');
  await expect(documents.archiveForm).toBeVisible();
  await screenshot(page, '11-documents-archive');
  await documents.askToBuildArchive();
  await expect(documents.archiveConfirm).toBeVisible();
  await screenshot(page, '11-documents-archive-confirm');
  await page.keyboard.press('Escape');
  await expect(documents.archiveConfirm).toBeHidden();
  await expect(documents.archiveBuilt).toBeHidden();
});
