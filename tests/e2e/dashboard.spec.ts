import ExcelJS from 'exceljs';
import { expect } from '@playwright/test';
import { push } from '../fixtures/sync-server/cards';
import { semesterJournal } from '../fixtures/sync-server/journal-changes';
import { seedOverviewSchools } from '../fixtures/sync-server/overview-schools';
import type { Officers } from '../fixtures/sync-server/officers';
import { call, startServer, type Harness } from '../fixtures/sync-server/server-harness';
import { screenshot } from './support/screens';
import { test } from './support/screen-test';

let h: Harness;
let officers: Officers;
let serverUrl: string;

test.beforeEach(async () => {
  h = await startServer();
  officers = await seedOverviewSchools(h);
  serverUrl = h.url.replace(/\/api\/v1$/, '/');
});
test.afterEach(async () => h.close());

async function workbookCodes(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const codes: string[] = [];
  workbook.worksheets[0]?.eachRow((row, n) => n > 1 && codes.push(String(row.getCell(1).value)));
  return codes;
}

test("a district officer sees only the district's schools, drills into one and exports them", async ({ dashboard, page }) => {
  await dashboard.open(serverUrl);
  await screenshot(page, 'dashboard-login');
  await dashboard.signIn(officers.north.login, officers.north.password);
  expect(await dashboard.schoolCodes()).toEqual(['N-3003', 'N-3004']);
  await expect(page.locator('header.top .who')).toContainText('Олена Районна');
  await expect(page.locator('header.top .who')).toContainText('Район: Північний район (NORTH)');
  await screenshot(page, 'dashboard-district');

  await dashboard.sortBy('Помилки');
  await dashboard.sortBy('Помилки');
  expect(await dashboard.schoolCodes()).toEqual(['N-3003', 'N-3004']);
  await dashboard.sortBy('Перевірено');
  await dashboard.sortBy('Перевірено');
  expect(await dashboard.schoolCodes()).toEqual(['N-3004', 'N-3003']);

  await dashboard.openSchool('N-3003');
  await expect(dashboard.issues).toContainText('Північний ліцей');
  await expect(dashboard.issueRows.filter({ hasText: 'NAME_LOWER_CASE' })).toHaveCount(1);
  await expect(dashboard.issues).not.toContainText(/шевчук/i);
  await screenshot(page, 'dashboard-issues');
  await page.keyboard.press('Escape');
  await expect(dashboard.issues).toBeHidden();

  const download = await dashboard.exportWorkbook();
  expect(download.suggestedFilename()).toMatch(/^schools-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(await workbookCodes(await download.path())).toEqual(['N-3004', 'N-3003']);
});

test('a ministry officer sees every school, filters by district and status, and reads it in English', async ({ dashboard, page }) => {
  await dashboard.open(serverUrl);
  await dashboard.signIn(officers.ministry.login, officers.ministry.password);
  expect(await dashboard.schoolCodes()).toEqual(['A-1001', 'B-2002', 'N-3003', 'N-3004', 'S-4004']);
  await screenshot(page, 'dashboard-ministry');

  await dashboard.filterDistrict('SOUTH');
  expect(await dashboard.schoolCodes()).toEqual(['S-4004']);
  await dashboard.filterDistrict('');
  await dashboard.filterStatus('error');
  expect(await dashboard.schoolCodes()).toEqual(['N-3003']);
  await dashboard.filterStatus('never');
  expect(await dashboard.schoolCodes()).toEqual(['A-1001', 'B-2002']);
  await dashboard.filterStatus('');
  await dashboard.search('гімназія');
  expect(await dashboard.schoolCodes()).toEqual(['S-4004']);
  await dashboard.search('');

  await dashboard.switchLanguage();
  await expect(dashboard.heading).toHaveText('Schools overview');
  await dashboard.sortBy('Students');
  await dashboard.sortBy('Students');
  // Ties keep the order of the codes.
  expect(await dashboard.schoolCodes()).toEqual(['N-3003', 'A-1001', 'B-2002', 'N-3004', 'S-4004']);
  await dashboard.openSchool('S-4004');
  await expect(dashboard.issues).toContainText('Issues in the cards');
  await screenshot(page, 'dashboard-ministry-en');

  const download = await dashboard.exportWorkbook();
  expect(await workbookCodes(await download.path())).toEqual(await dashboard.schoolCodes());
});

test('a wrong password is refused in words, and signing out ends the session', async ({ dashboard, page }) => {
  await dashboard.open(serverUrl);
  await dashboard.signIn(officers.north.login, 'not-the-password');
  await expect(dashboard.loginError).toHaveText('Неправильний логін або пароль.');
  await screenshot(page, 'dashboard-login-refused');
  await dashboard.signIn(officers.north.login, officers.north.password);
  await expect(dashboard.schools).toHaveCount(2);
  await page.reload();
  await expect(dashboard.schools).toHaveCount(2);
  await dashboard.signOut();
  await expect(page.getByRole('button', { name: 'Увійти' })).toBeVisible();
  const sessions = await h.db.selectFrom('sessions').select('ended_at').execute();
  expect(sessions.every((s) => s.ended_at !== null)).toBe(true);
});

test("a district officer reads a school's journals by period in its drill-down, counts only", async ({ dashboard, page }) => {
  await call(h, 'POST', '/sync/push', { token: officers.tokenNorth, body: push(semesterJournal().changes) });
  await dashboard.open(serverUrl);
  await dashboard.signIn(officers.north.login, officers.north.password);
  await dashboard.openSchool('N-3003');
  await expect(dashboard.journalRows).toHaveCount(1);
  await expect(dashboard.journalRows.first()).toContainText('I семестр 2025/2026');
  await expect(dashboard.journalRows.first()).toContainText('50%');
  await expect(dashboard.journalRows.first()).toContainText('5 кл.: 10.00');
  await screenshot(page, 'dashboard-journals');
});
