import { expect } from '@playwright/test';
import ExcelJS from 'exceljs';
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

test('Sync all on the demo school reports the cards the registry disagrees with; a fixed card becomes verified', async ({
  page,
  shell,
  login,
  sync,
  studentCard,
  students,
}) => {
  test.setTimeout(240_000);
  await login.signInToDemo(app.url);

  await sync.syncAll();
  await expect(sync.fact('sent')).toContainText(/\d{4}/);
  await expect(sync.issues('REGISTRY_NAME_MISMATCH').first()).toBeVisible();
  await screenshot(page, '20-sync-report');

  // The director's copy: the same rows in an Excel workbook.
  const download = await sync.exportReport();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const shownCards = await sync.cards.count();
  expect(sheet?.getRow(1).getCell(1).text).toBe('ПІБ');
  expect((sheet?.rowCount ?? 0) - 1).toBeGreaterThanOrEqual(shownCards);

  // A card whose only issue is a name the registry spells otherwise.
  const row = sync.cardWithOnlyIssue('REGISTRY_NAME_MISMATCH');
  const cardId = await row.getAttribute('data-card-id');
  const issue = sync.issues('REGISTRY_NAME_MISMATCH', row);
  const field = (await issue.getAttribute('data-issue-field')) ?? '';
  const registryValue = /у реєстрі: ([^)]+)\)/.exec((await issue.textContent()) ?? '')?.[1] ?? '';
  expect(registryValue).not.toBe('');

  await issue.click();
  await expect(studentCard.field(field)).toBeFocused();
  await expect(studentCard.registryVerdict('error')).toBeVisible();
  await expect(studentCard.fieldIssue(field, 'REGISTRY_NAME_MISMATCH')).toBeVisible();
  await screenshot(page, '21-card-opened-from-report');
  await studentCard.field(field).fill(registryValue);
  await studentCard.save();
  await expect(shell.saved).toBeVisible();

  await sync.syncAll();
  await expect(sync.fact('sent')).toContainText('1');
  await sync.filterByStatus('verified');
  await sync.search(registryValue);
  await expect(sync.card(String(cardId))).toHaveAttribute('data-status', 'verified');
  await screenshot(page, '22-sync-card-verified');

  await students.open();
  await students.filterByRegistry('error');
  await expect(students.registryVerdict(students.rows.first(), 'error')).toBeVisible();
  await expect(students.row(String(cardId))).toHaveCount(0);
  await screenshot(page, '23-students-registry-errors');
});

test("after Sync all the change log check reports the central server's anchor: the log extends what it saw", async ({ login, shell, sync, home }) => {
  test.setTimeout(240_000);
  await login.signInToDemo(app.url);
  await shell.go('sync');
  await sync.syncAll();
  await shell.go('home');
  await home.verifyAuditLog();
  await expect(home.auditAnchor('extends')).toContainText('журнал продовжує те, що сервер бачив раніше');
});
