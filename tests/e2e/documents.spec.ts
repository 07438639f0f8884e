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
