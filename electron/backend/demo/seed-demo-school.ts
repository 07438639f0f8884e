import { apiContract, type MethodInput, type MethodName, type MethodOutput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import type Database from 'better-sqlite3';
import type { Invoker } from '../../../core/api/invoke-result';
import { localDate, schoolTimeZone } from '../../../core/time/local-date';
import { createOrder } from '../orders/order-service';
import { classWithLabel } from '../classes/class-repository';
import { demoAdministrator, seedDemoAccounts } from './demo-accounts';
import { seedDemoPastYear } from './seed-demo-past-year';
import { generateDemoSchool, type DemoSchoolOptions } from './generate-demo-school';
import { seedDemoJournals } from './seed-demo-journals';


/** What the seeder needs of an open backend (`createBackend(…)` provides it). */
export interface DemoSeedTarget extends Invoker {
  /** The open database: each kind of record commits in one transaction (the handlers' own ones nest as savepoints). */
  readonly db: Database.Database;
  /** The backend's clock: the demo's academic year is the one the backend considers current. */
  now(): Date;
  /** Marks the database as the demo school: `setup.status` answers `demo: true` from then on. */
  markDemo(): void;
}

export interface DemoSeedSummary {
  students: number;
  staff: number;
  classes: number;
  /** Generator key → card id, so the demo registry and tests can find a generated person's card. */
  studentIds: Record<string, string>;
  staffIds: Record<string, string>;
  classIds: Record<string, string>;
  /** Generator key → card id of the past year's graduates and leavers. */
  pastStudentIds: Record<string, string>;
}

/**
 * Writes the generated demo school into an empty database: the school and the demo administrator, then the staff,
 * the students, unless `history: false` the finished previous year (seed-demo-past-year.ts: its classes, orders,
 * grades, closed periods and the year-end transition that made today's classes), the new 1st grades and their
 * enrollments, one transaction for each kind, all through the backend's own services so every card is normalised,
 * checked and audited under the demo administrator. The new 1st graders are enrolled as a real school's register has
 * it: one enroll order per class, dated and entered on 1 September, numbered from № 1 of the year; last, the demo's
 * accounts of the other roles; last, unless `journals: false`, the current year's teaching load, timetable and
 * journals up to today (seed-demo-journals.ts). Refuses (`SETUP_ALREADY_DONE`) when the database already has a school.
 */
export async function seedDemoSchool(backend: DemoSeedTarget, options: DemoSchoolOptions = {}): Promise<DemoSeedSummary> {
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>, session: string | null) => {
    const result = await backend.invoke(method, input, session);
    if (!result.ok) throw new AppError(result.error.code, result.error.params);
    return result.value as MethodOutput<M>;
  };

  if (!(await call('setup.status', {}, null)).needsSetup) throw new AppError('SETUP_ALREADY_DONE');
  const today = options.today ?? localDate(backend.now(), schoolTimeZone('UA'));
  const demo = generateDemoSchool({ ...options, today });
  await call('setup.createSchool', { school: demo.school, admin: demoAdministrator }, null);
  backend.markDemo();
  const { session, user } = await call('auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);

  /** Handlers open their own transactions; inside ours they become savepoints, so a kind commits once. */
  const inOneTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    backend.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      backend.db.exec('COMMIT');
      return result;
    } catch (err) {
      backend.db.exec('ROLLBACK');
      throw err;
    }
  };

  const staffIds = await inOneTransaction(async () => {
    const ids: Record<string, string> = {};
    for (const member of demo.staff) ids[member.key] = (await call('staff.save', { card: member.card }, session)).meta.id;
    return ids;
  });

  const studentIds = await inOneTransaction(async () => {
    const ids: Record<string, string> = {};
    for (const student of demo.students) ids[student.key] = (await call('students.save', { card: student.card }, session)).meta.id;
    return ids;
  });

  const past =
    options.history === false
      ? { leaverIds: {}, carried: new Set<string>() }
      : await inOneTransaction(() => seedDemoPastYear(backend.db, user, demo, { staffIds, studentIds }, backend.now()));

  // The year-end transition made today's year and its classes from last year's; the new 1st grades (or, without the
  // history, every class) are made here.
  const { academicYearId, classIds } = await inOneTransaction(async () => {
    const { years } = await call('academicYears.list', {}, session);
    const yearId = years.find((y) => y.label === demo.academicYear.name)?.id ?? (await call('academicYears.create', { label: demo.academicYear.name }, session)).year.id;
    const ids: Record<string, string> = {};
    for (const cls of demo.classes) {
      const homeroomTeacherId = staffIds[cls.homeroomStaffKey];
      ids[cls.key] = classWithLabel(backend.db, yearId, cls.label) ?? (await call('classes.create', { academicYearId: yearId, grade: cls.grade, label: cls.label, homeroomTeacherId }, session)).id;
    }
    return { academicYearId: yearId, classIds: ids };
  });

  // The service takes the clock per call: entered at 09:00 local time on 1 September, the orders are not late.
  const { start } = demo.academicYear;
  const enteredAt = new Date(`${start}T09:00:00`);
  await inOneTransaction(async () => {
    for (const cls of demo.classes) {
      const toClassId = classIds[cls.key];
      const items = demo.students.filter((s) => s.classKey === cls.key && !past.carried.has(s.key)).map((s) => ({ studentId: studentIds[s.key], toClassId }));
      if (items.length === 0) continue;
      createOrder(backend.db, user, apiContract['orders.create'].input.parse({ date: start, kind: 'enroll', items }), enteredAt);
    }
  });

  await seedDemoAccounts(backend.db, user, demo, { staffIds, classIds }, backend.now());
  if (options.journals !== false) seedDemoJournals(backend.db, user, academicYearId, today, demo.seed + 1);
  await call('auth.logout', {}, session);
  return { students: demo.students.length, staff: demo.staff.length, classes: demo.classes.length, studentIds, staffIds, classIds, pastStudentIds: past.leaverIds };
}

/** The demo profile's start: seeds the demo school into a new database, leaves an existing one as it is. */
export async function seedDemoSchoolOnFirstRun(backend: DemoSeedTarget): Promise<boolean> {
  const status = await backend.invoke('setup.status', {}, null);
  if (!status.ok || !(status.value as MethodOutput<'setup.status'>).needsSetup) return false;
  await seedDemoSchool(backend);
  return true;
}
