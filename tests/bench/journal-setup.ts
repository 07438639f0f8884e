import { cpSync } from 'node:fs';
import { localDate, schoolTimeZone } from '../../core/time/local-date';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { demoAccounts } from '../../electron/backend/demo/demo-accounts';
import { call } from './backend-call';
import type { BenchFixtures } from './bench-case';

export interface BenchJournal {
  backend: Backend;
  session: string;
  assignmentId: string;
  studentIds: string[];
  /** Today's lessons: the ones whose current marks are on time. */
  lessonIds: string[];
  /** Last month if this period had lessons then (a full month of generated marks), else the current one. */
  month: string;
}

/**
 * A copy of the demo school with its journals, signed in as the demo's subject teacher, at the journal of theirs with
 * the most lessons today (on a day without lessons, such as a weekend, the teacher adds one). Today is the machine's
 * date in the school's zone, as in the app.
 */
export async function benchJournal(fixtures: BenchFixtures, label: string): Promise<BenchJournal> {
  const dataDir = fixtures.tempDir(label);
  cpSync(await fixtures.demoJournals(), dataDir, { recursive: true });
  const backend = createBackend({ dataDir });
  const subjectAccount = demoAccounts.find((a) => a.roles.includes('subject_teacher'));
  if (!subjectAccount) throw new Error('the demo has no subject teacher');
  const { session } = await call(backend, 'auth.login', { login: subjectAccount.login, password: subjectAccount.password }, null);
  const today = localDate(new Date(), schoolTimeZone('UA'));
  const { assignments } = await call(backend, 'assignments.list', {}, session);
  const grids = await Promise.all(assignments.map((a) => call(backend, 'journals.grid', { assignmentId: a.id, span: { month: today.slice(0, 7) } }, session)));
  const todays = (grid: (typeof grids)[number]) => grid.lessons.filter((l) => l.date === today && !l.cancelled).length;
  const chosen = [...grids].sort((a, b) => todays(b) - todays(a) || b.rows.length - a.rows.length)[0];
  if (!chosen) throw new Error('the demo subject teacher has no journal');
  const { assignmentId } = chosen;
  let lessonIds = chosen.lessons.filter((l) => l.date === today && !l.cancelled).map((l) => l.id);
  if (lessonIds.length === 0) lessonIds = [(await call(backend, 'lessons.add', { assignmentId, date: today, lessonNumber: 1 }, session)).lesson.id];
  const previous = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  previous.setUTCMonth(previous.getUTCMonth() - 1);
  const previousMonth = previous.toISOString().slice(0, 7);
  const last = await call(backend, 'journals.grid', { assignmentId, span: { month: previousMonth } }, session);
  const month = last.lessons.length > 0 ? previousMonth : today.slice(0, 7);
  return { backend, session, assignmentId, studentIds: chosen.rows.map((r) => r.studentId), lessonIds, month };
}
