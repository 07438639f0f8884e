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

test('the director creates a subject teacher, who must change the password and then sees only the names of their classes', async ({
  page,
  login,
  shell,
  users,
  password,
  roster,
}) => {
  await page.goto(app.url);
  await expect(login.demoHint).toContainText('director');
  await login.signIn('director', 'demo-director');
  await shell.go('users');
  await expect(users.matrix).toContainText('Учитель-предметник');
  // The demo's subject teacher's staff card carries the demo's mathematics assignments.
  const staffName = await users.staffNameOf('subject');
  await users.create({ login: 'math2', fullName: 'Нова Вчителька', role: 'Учитель-предметник', staffName, password: 'Initial-Passw0rd-42' });
  await expect(users.notice).toContainText('Initial-Passw0rd-42');
  await expect(users.row('math2')).toContainText('має змінити пароль');
  await screenshot(page, '40-users');
  await users.matrix.scrollIntoViewIfNeeded();
  await screenshot(page, '40-users-matrix');
  await shell.logout();

  await login.signIn('math2', 'Initial-Passw0rd-42');
  await expect(password.screen).toContainText('Придумайте власний');
  await screenshot(page, '41-first-login-password');
  await password.change('Initial-Passw0rd-42', 'Моя власна таблиця множення');

  await expect(page.locator('[data-testid=home-roster]')).toBeVisible();
  expect(await shell.menu()).toEqual(['home', 'roster', 'journals', 'sync']);
  await expect(page.locator('[data-testid=home-students]')).toHaveCount(0);
  await screenshot(page, '42-subject-teacher-home');

  await shell.go('roster');
  await expect(roster.rows.first()).toBeVisible();
  expect(await roster.classes()).toEqual(['6-А', '6-Б', '7-А']);
  await screenshot(page, '43-subject-teacher-roster');

  // Sync all is every role's; the registry report of the cards is not the subject teacher's to read.
  await shell.go('sync');
  await expect(page.locator('[data-testid=sync-screen]')).toBeVisible();
  await expect(page.locator('[data-code=FORBIDDEN]')).toHaveCount(0);
  await expect(page.locator('[data-testid=sync-result] [data-filter]')).toHaveCount(0);
  await screenshot(page, '46-subject-teacher-sync');
});

test('the login screen shows the wait after five wrong passwords', async ({ page, login }) => {
  await page.goto(app.url);
  for (let i = 0; i < 5; i++) {
    await login.signIn('deputy', 'not the password');
    await expect(page.locator('#login-error')).toBeVisible();
  }
  await expect(page.locator('#login-error')).toContainText('Забагато невдалих спроб');
  await expect(page.locator('[data-testid=login-locked]')).toContainText('призупинено до');
  await expect(login.signInButton()).toBeDisabled();
  await screenshot(page, '44-login-locked');
});

test("the class teacher sees only their own class's students, and edits only a card's contacts", async ({ page, login, shell, students, studentCard }) => {
  await page.goto(app.url);
  await login.signIn('teacher', 'demo-teacher');
  await expect(shell.menuItem('home')).toBeVisible();
  expect(await shell.menu()).toEqual(['home', 'students', 'classes', 'journals', 'journalControl', 'sync']);
  await students.open();
  await expect(students.rows.first()).toBeVisible();
  await expect(students.rowsWith('5-А')).toHaveCount(await students.rows.count());
  await students.rows.first().click();
  await expect(studentCard.editor).toBeVisible();
  await expect(studentCard.field('lastName')).toBeDisabled();
  await expect(studentCard.field('medicalNotes')).toBeEnabled();
  await studentCard.field('phone').fill('+380671112233');
  await studentCard.save();
  await expect(shell.saved).toBeVisible();
  await screenshot(page, '45-class-teacher-card');
});
