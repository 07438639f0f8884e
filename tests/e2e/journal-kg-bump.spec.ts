import { expect } from '@playwright/test';
import { fullStaffCard, student } from '../fixtures/backend/cards';
import { testAdmin, testSchool } from '../fixtures/backend/school';
import { signedInCaller } from './support/invoke';
import { screenshot } from './support/screens';
import { test } from './support/screen-test';
import { startWebMode, type RunningApp } from './support/web-mode';

/**
 * A Kyrgyz school's period grade with the teacher's bump (DESIGN §7): current 3 and 4, control 3 give
 * 0.7 · 3.5 + 0.3 · 3 = 3.35, suggested 3; a bump of 0.3 makes it 3.65, which rounds to 4.
 */
let app: RunningApp;
let assignmentId: string;
/** Today where the school is (Bishkek). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek' }).format(new Date());

test.beforeAll(async () => {
  app = await startWebMode('school');
  const address = new URL(app.url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  const school = { ...testSchool, country: 'KG' as const, region: 'Чуйская', district: 'Аламудунский', address: { settlement: 'Бишкек', street: 'ул. Киевская', house: '7' } };
  const setup = await fetch(`${address.origin}/api/invoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'setup.createSchool', input: { school, admin: testAdmin }, session: null }),
  });
  expect(((await setup.json()) as { ok: boolean }).ok).toBe(true);
  // No screen makes the teaching structure of a new school yet: the spec prepares one journal through the API.
  const call = await signedInCaller(app.url, testAdmin.login, testAdmin.password);
  const year = today.slice(5) >= '09-01' ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const { year: created } = await call('academicYears.create', { label: `${year}/${year + 1}` });
  const { id: classId } = await call('classes.create', { academicYearId: created.id, grade: 7, label: '7-А' });
  const teacherId = (await call('staff.save', { card: fullStaffCard() })).meta.id;
  const { user } = await call('auth.me', {});
  await call('users.update', { id: user.id, fullName: user.fullName, roles: [...user.roles, 'subject_teacher'], staffId: teacherId });
  const studentIds = [
    (await call('students.save', { card: student('Абдыкадыров', 'Азамат', 'Нурланович', '200001') })).meta.id,
    (await call('students.save', { card: student('Бакиева', 'Айгерим', 'Маратовна', '200002') })).meta.id,
  ];
  await call('orders.create', { date: created.start, kind: 'enroll', items: studentIds.map((studentId) => ({ studentId, toClassId: classId })) });
  await call('subjects.addDefaults', {});
  const subjectId = (await call('subjects.list', {})).subjects.find((s) => s.name === 'Математика')!.id;
  assignmentId = (await call('assignments.save', { teacherId, classId, subjectId, hoursPerWeek: 4 })).id;
  const lessons = [];
  for (const [lessonNumber, kind] of [[1, 'regular'], [2, 'regular'], [3, 'control']] as const) {
    lessons.push((await call('lessons.add', { assignmentId, date: today, lessonNumber, kind })).lesson.id);
  }
  for (const [i, value] of [3, 4, 3].entries()) await call('journals.setMark', { lessonId: lessons[i]!, studentId: studentIds[0]!, value });
  for (const [i, value] of [5, 4, 5].entries()) await call('journals.setMark', { lessonId: lessons[i]!, studentId: studentIds[1]!, value });
});

test.afterAll(async () => {
  await app.stop();
});

test('a Kyrgyz teacher adds a bump of 0.3 and the period grade goes from the suggested 3 to 4', async ({ page, login, journals }) => {
  await page.goto(app.url);
  await login.signIn(testAdmin.login, testAdmin.password);
  await journals.open(assignmentId);
  await journals.showGrades();
  const row = journals.gradeRow(0);
  await expect(row.getByTestId('grade-suggested')).toHaveText('3');
  await expect(row).toContainText('3.35');
  await row.locator('input[name=bump]').fill('0.3');
  await row.locator('select[name=final]').selectOption('4');
  await row.getByRole('button', { name: 'Підтвердити' }).click();
  await expect(row).toContainText('3.65');
  await expect(row.getByTestId('grade-suggested')).toHaveText('4');
  await screenshot(page, '70-journal-kg-bump');
});
