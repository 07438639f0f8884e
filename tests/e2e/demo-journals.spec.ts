import { expect } from '@playwright/test';
import { screenshot } from './support/screens';
import { signedInCaller } from './support/invoke';
import { test } from './support/screen-test';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('demo');
});

test.afterAll(async () => {
  await app.stop();
});

test("the demo subject teacher's journal holds this year's marks: the period's grades are suggested from them", async ({ page, login, journals }) => {
  const call = await signedInCaller(app.url, 'subject', 'demo-subject');
  // The teacher taught last year too: this year's journals are the ones with marks up to today.
  const current = (await call('academicYears.list', {})).years.find((y) => y.current)!;
  const [first] = (await call('assignments.list', { academicYearId: current.id })).assignments;
  expect(first?.classLabel).toBe('6-А');
  await page.goto(app.url);
  await login.signIn('subject', 'demo-subject');
  await journals.open(first!.id);
  await expect(journals.grid).toBeVisible();
  await screenshot(page, '24-demo-journal-month');
  await journals.showGrades();
  await expect(journals.gradeRow(0)).toContainText(/\d/);
  await screenshot(page, '25-demo-journal-period-grades');
});

test("the director sees every journal's period grades of the school in figures", async ({ page, login, journalControl }) => {
  await page.goto(app.url);
  await login.signIn('director', 'demo-director');
  await journalControl.open();
  await journalControl.showSchoolGrades();
  await expect(page.getByTestId('school-grades-totals')).toContainText(/Журналів: \d+/);
  await journalControl.searchSchoolGrades('6-А');
  const maths = journalControl.schoolGradesRow('6-А · Математика');
  await expect(maths.locator('td').nth(1)).toHaveText(/^[1-9]\d*$/);
  await screenshot(page, '26-demo-school-period-grades');
});
