import { expect } from '@playwright/test';
import { screenshot } from './support/screens';
import { signedInCaller } from './support/invoke';
import { test } from './support/screen-test';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;
let assignmentId: string;
let periodId: string;
/** Today where the demo school is (Kyiv). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(new Date());

test.beforeAll(async () => {
  app = await startWebMode('demo');
  // No screen makes subjects, assignments or the timetable yet: the spec prepares one journal through the API.
  const call = await signedInCaller(app.url, 'admin', 'demo-admin');
  const { years } = await call('academicYears.list', {});
  const year = years.find((y) => y.current)!;
  const { periods } = await call('periods.list', { academicYearId: year.id });
  periodId = periods.find((p) => p.start <= today && today <= p.end)!.id;
  const { classes } = await call('classes.ofYear', { academicYearId: year.id });
  const fifth = classes.find((c) => c.grade === 5 && c.studentCount > 0)!;
  const teacher = (await call('staff.list', {})).rows[0]!;
  // The demo's director (admin) teaches this journal's maths too, so one session writes it as its subject teacher and
  // closes and unlocks it as the director (a subject teacher alone may not close a period, DESIGN §9).
  const { user } = await call('auth.me', {});
  await call('users.update', { id: user.id, fullName: user.fullName, roles: [...user.roles, 'subject_teacher'], staffId: teacher.id });
  await call('subjects.addDefaults', {});
  const maths = (await call('subjects.list', {})).subjects.find((s) => s.name === 'Математика')!;
  assignmentId = (await call('assignments.save', { teacherId: teacher.id, classId: fifth.id, subjectId: maths.id, hoursPerWeek: 4 })).id;
  const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  for (const day of new Set([1, 3, weekday])) await call('timetable.setSlot', { assignmentId, weekday: day, lessonNumber: 2, validFrom: year.start });
  await call('lessons.layOut', { assignmentId, periodId });
  const grid = await call('journals.grid', { assignmentId, span: { month: today.slice(0, 7) } });
  // A weekend or a holiday has no lesson in the timetable: the teacher adds one, as for a make-up lesson.
  if (!grid.lessons.some((l) => l.date === today)) await call('lessons.add', { assignmentId, date: today, lessonNumber: 2 });
});

test.afterAll(async () => {
  await app.stop();
});

test('a teacher enters marks, an absence and the topic with the keyboard, confirms period grades; a closed period refuses changes until the director’s unlock', async ({ page, login, journals }) => {
  await login.signInToDemo(app.url);
  await journals.open(assignmentId);
  await expect(journals.grid).toBeVisible();
  const col = await journals.columnOf(today);
  expect(col).toBeGreaterThanOrEqual(0);

  await journals.cell(0, col).click();
  await journals.type('1', '0', 'Enter', 'н', '9', 'Enter', '1', '2', 'Tab');
  await expect(journals.cell(0, col)).toHaveText('10');
  await expect(journals.cell(1, col)).toHaveText('н');
  await expect(journals.cell(2, col)).toHaveText('9');
  await expect(journals.cell(3, col)).toHaveText('12');
  await expect(journals.saveStatus).toHaveText('Усе збережено');
  await expect(journals.suggested(0)).toHaveText('10');

  await journals.cell(0, col).click();
  await journals.topic.fill('Дроби. Порівняння дробів');
  await journals.homework.fill('№ 214, 216');
  await journals.saveLesson();
  await expect(journals.lessonPanel.getByRole('status')).toHaveText('Урок збережено');
  await screenshot(page, '20-journal-grid');

  await journals.cell(2, col).click();
  await journals.type('Delete');
  await expect(journals.cell(2, col)).toHaveText('');
  await expect(journals.saveStatus).toHaveText('Усе збережено');

  // Opened again, the journal shows what was saved.
  await page.locator('[data-nav=home]').click();
  await journals.open(assignmentId);
  await expect(journals.cell(0, col)).toHaveText('10');
  await expect(journals.cell(1, col)).toHaveText('н');
  await expect(journals.cell(2, col)).toHaveText('');
  await journals.cell(0, col).click();
  await expect(journals.topic).toHaveValue('Дроби. Порівняння дробів');

  // The period grades: the suggestion beside the marks it came from; one confirmed with another final, the rest at once.
  await journals.showGrades();
  await expect(journals.gradeRow(0).getByTestId('grade-suggested')).toHaveText('10');
  await journals.gradeRow(0).locator('select[name=final]').selectOption('11');
  await journals.gradeRow(0).getByRole('button', { name: 'Підтвердити' }).click();
  await expect(journals.gradeRow(0).getByRole('button', { name: 'Змінити' })).toBeVisible();
  await journals.page.getByTestId('grades-confirm-all').click();
  await expect(journals.gradeRow(3).getByRole('button', { name: 'Змінити' })).toBeVisible();
  await expect(journals.gradeRow(3).locator('select[name=final]')).toHaveValue('12');
  await screenshot(page, '22-period-grades');

  await journals.page.getByTestId('period-close').click();
  await expect(journals.page.getByTestId('period-close-dialog')).toBeVisible();
  await journals.page.getByTestId('period-close-dialog').getByRole('button', { name: 'Закрити період' }).click();
  await expect(journals.page.getByTestId('period-grades')).toContainText('Період закрито');

  await journals.showMarks();
  await journals.cell(0, col).click();
  await journals.type('8', 'Enter');
  await expect(journals.cell(0, col)).toHaveText('10');
  await expect(journals.cell(0, col)).toHaveAttribute('aria-readonly', 'true');
  await expect(journals.topic).toBeDisabled();
  await expect(page.getByTestId('journal-locked')).toBeVisible();
  await screenshot(page, '21-journal-closed-period');

  // The director opens this journal for a while; the change is then let in.
  await journals.showGrades();
  await journals.page.getByTestId('period-unlock').click();
  await journals.page.getByTestId('unlock-dialog').locator('input[name=reason]').fill('Виправлення помилки вчителя');
  await journals.page.getByTestId('unlock-dialog').getByRole('button', { name: 'Відкрити' }).click();
  await expect(journals.page.getByTestId('journal-unlocked')).toBeVisible();
  await journals.showMarks();
  await journals.cell(0, col).click();
  await journals.type('8', 'Enter');
  await expect(journals.cell(0, col)).toHaveText('8');
  await expect(journals.saveStatus).toHaveText('Усе збережено');
  await screenshot(page, '23-journal-unlocked');
});
