import { cpSync } from 'node:fs';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { demoAccounts, demoAdministrator } from '../../electron/backend/demo/demo-accounts';
import { call } from './backend-call';
import type { BenchFixtures } from './bench-case';

export interface BenchJournal {
  backend: Backend;
  session: string;
  assignmentId: string;
  studentIds: string[];
  /** Today's lessons: the ones whose current marks are on time. */
  lessonIds: string[];
  /** The last month of the period that is over (a full month of lessons), else the current one. */
  month: string;
}

/**
 * A copy of the demo school with one journal: maths of the largest class, five lessons a week laid out for the
 * current period. Today is the machine's date in the school's zone, as in the app.
 */
export async function benchJournal(fixtures: BenchFixtures, label: string): Promise<BenchJournal> {
  const dataDir = fixtures.tempDir(label);
  cpSync(await fixtures.demoSchool(), dataDir, { recursive: true });
  const backend = createBackend({ dataDir });
  const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
  const { years } = await call(backend, 'academicYears.list', {}, session);
  const year = years.find((y) => y.current);
  if (!year) throw new Error('the demo school has no current year');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(new Date());
  const { periods } = await call(backend, 'periods.list', { academicYearId: year.id }, session);
  const period = periods.find((p) => p.start <= today && today <= p.end) ?? periods[0];
  if (!period) throw new Error('the demo year has no periods');
  const { classes } = await call(backend, 'classes.ofYear', { academicYearId: year.id }, session);
  const largest = [...classes].sort((a, b) => b.studentCount - a.studentCount)[0];
  if (!largest) throw new Error('the demo school has no classes');
  const subjectAccount = demoAccounts.find((a) => a.roles.includes('subject_teacher'));
  const teacherId = (await call(backend, 'users.list', {}, session)).users.find((u) => u.login === subjectAccount?.login)?.staffId;
  if (!subjectAccount || !teacherId) throw new Error('the demo school has no subject teacher linked to a staff card');
  await call(backend, 'subjects.addDefaults', {}, session);
  const maths = (await call(backend, 'subjects.list', {}, session)).subjects.find((s) => s.name === 'Математика');
  if (!maths) throw new Error('no maths among the default subjects');
  const { id: assignmentId } = await call(backend, 'assignments.save', { teacherId, classId: largest.id, subjectId: maths.id, hoursPerWeek: 5 }, session);
  for (const weekday of [1, 2, 3, 4, 5]) await call(backend, 'timetable.setSlot', { assignmentId, weekday, lessonNumber: 1, validFrom: year.start }, session);
  // Journals are written by the assignment's teacher only (DESIGN §9): the director who set the journal up may not.
  const teacher = (await call(backend, 'auth.login', { login: subjectAccount.login, password: subjectAccount.password }, null)).session;
  await call(backend, 'lessons.layOut', { assignmentId, periodId: period.id }, teacher);
  const previous = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  previous.setUTCMonth(previous.getUTCMonth() - 1);
  const previousMonth = previous.toISOString().slice(0, 7);
  const month = `${previousMonth}-01` >= period.start ? previousMonth : today.slice(0, 7);
  const grid = await call(backend, 'journals.grid', { assignmentId, span: { month } }, teacher);
  // Current marks are entered on the lesson's day (DESIGN §7): an earlier lesson's marks are late entries, refused.
  const todays = await call(backend, 'journals.grid', { assignmentId, span: { month: today.slice(0, 7) } }, teacher);
  let lessonIds = todays.lessons.filter((l) => l.date === today).map((l) => l.id);
  if (lessonIds.length === 0) lessonIds = [(await call(backend, 'lessons.add', { assignmentId, date: today, lessonNumber: 1 }, teacher)).lesson.id];
  return { backend, session: teacher, assignmentId, studentIds: grid.rows.map((r) => r.studentId), lessonIds, month };
}
