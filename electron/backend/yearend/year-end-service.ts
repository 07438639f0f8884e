import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { academicYearOf } from '../../../core/academic/academic-year';
import type { User } from '../../../core/api/auth-api';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import type { YearEndRun } from '../../../core/api/yearend-api';
import { AppError } from '../../../core/errors';
import { studentCardSchema } from '../../../core/schemas/student';
import { planYearEnd } from '../../../core/yearend/plan-year-end';
import type { YearEndPlan } from '../../../core/yearend/year-end-plan';
import { registerPersonalFileNumber } from '../academic/personal-file-numbers';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { saveStudent } from '../cards/students/student-service';
import { insertAcademicYear, insertPeriod, currentAcademicYear } from '../classes/academic-years';
import { insertClass } from '../classes/class-repository';
import { schoolToday } from '../clock';
import { prepared } from '../db/prepared';
import { closeEnrollment, insertEnrollment } from '../enrollments/enrollment-repository';
import { insertOrder } from '../orders/order-repository';
import { captureChanges } from './change-capture';
import { loadYearEndState } from './year-end-state';

type YearEndInput = MethodParsedInput<'yearEnd.preview'>;

function closingLabelOf(db: Database.Database, input: YearEndInput, today: string): string {
  return input.closingYear ?? currentAcademicYear(db, today)?.label ?? academicYearOf(today).label;
}

/** The plan for the school as it is now, or the planner's refusal as the call's error. */
function planNow(db: Database.Database, input: YearEndInput, today: string): YearEndPlan {
  const { state } = loadYearEndState(db, closingLabelOf(db, input, today));
  const result = planYearEnd(state, input.choices, randomUUID);
  if (!result.ok) throw new AppError(result.error.code, result.error.params);
  return result.plan;
}

function fullName(parts: readonly (string | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

/** What the transition would do, with the names the wizard shows; nothing is written. */
export function previewYearEnd(db: Database.Database, input: YearEndInput, today: string): MethodOutput<'yearEnd.preview'> {
  const plan = planNow(db, input, today);
  const students: Record<string, string> = {};
  const ids = [...new Set(plan.movements.map((m) => m.studentId))];
  const rows = prepared(
    db,
    `SELECT id, last_name AS lastName, first_name AS firstName, middle_name AS middleName FROM students WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { id: string; lastName: string; firstName: string; middleName: string }[];
  for (const row of rows) students[row.id] = fullName([row.lastName, row.firstName, row.middleName]);
  for (const fg of plan.firstGraders) students[fg.studentId] = fullName([fg.row.lastName, fg.row.firstName, fg.row.middleName]);
  const classes: Record<string, string> = {};
  const classRows = prepared(
    db,
    `SELECT c.id, c.label FROM classes c JOIN academic_years y ON y.id = c.academic_year_id WHERE y.name IN (?, ?) AND c.deleted = 0`,
  ).all(plan.closingYear, plan.newYear.label) as { id: string; label: string }[];
  for (const c of [...classRows, ...plan.newClasses]) classes[c.id] = c.label;
  return { plan, names: { students, classes } };
}

/** Rewrites the planned ids of first graders to the ids their stored cards got. */
function withStudentIds(plan: YearEndPlan, ids: ReadonlyMap<string, string>): YearEndPlan {
  const real = (id: string) => ids.get(id) ?? id;
  return {
    ...plan,
    firstGraders: plan.firstGraders.map((fg) => ({ ...fg, studentId: real(fg.studentId) })),
    newEnrollments: plan.newEnrollments.map((e) => ({ ...e, studentId: real(e.studentId) })),
    orders: plan.orders.map((o) => ({ ...o, items: o.items.map((i) => ({ ...i, studentId: real(i.studentId) })) })),
  };
}

/** Writes a plan; the caller holds the transaction. Returns the plan with the first graders' real card ids. */
function writePlan(db: Database.Database, user: User, planned: YearEndPlan, now: Date): YearEndPlan {
  const { newYear } = planned;
  if (planned.createsYear) insertAcademicYear(db, user, newYear, now);
  for (const period of planned.newPeriods) insertPeriod(db, user, newYear.id, period, now);
  for (const c of planned.newClasses) {
    const record = { id: c.id, academicYearId: newYear.id, grade: c.grade, label: c.label, homeroomTeacherId: c.homeroomTeacherId ?? null };
    insertClass(db, record, now, user.id);
    const { grade, label, homeroomTeacherId } = record;
    appendAudit(db, { at: now, user, entity: 'class', entityId: c.id, action: 'create', changes: fieldChanges(null, { academicYear: newYear.label, grade, label, homeroomTeacherId }) });
  }

  const ids = new Map<string, string>();
  for (const fg of planned.firstGraders) {
    const { classLabel: _classLabel, ...names } = fg.row;
    const card = studentCardSchema.parse({ ...names, ...(fg.personalFileNumber ? { personalFileNumber: fg.personalFileNumber } : {}) });
    ids.set(fg.studentId, saveStudent(db, user, { card }, now).meta.id);
  }
  const plan = withStudentIds(planned, ids);

  const closing = prepared(db, 'SELECT id, student_id AS studentId FROM enrollments WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(plan.closedEnrollments.map((c) => c.enrollmentId)),
  ) as { id: string; studentId: string }[];
  const studentOf = new Map(closing.map((e) => [e.id, e.studentId]));
  for (const { enrollmentId, to } of plan.closedEnrollments) {
    closeEnrollment(db, enrollmentId, studentOf.get(enrollmentId) ?? '', to, now, user.id);
    appendAudit(db, { at: now, user, entity: 'enrollment', entityId: enrollmentId, action: 'update', changes: fieldChanges({ to: null }, { to }) });
  }
  for (const e of plan.newEnrollments) {
    const record = { id: e.id, studentId: e.studentId, classId: e.classId, from: e.from, to: null, reason: e.reason ?? null, orderId: e.orderId ?? null };
    insertEnrollment(db, record, now, user.id);
    const { studentId, classId, from, reason, orderId } = record;
    appendAudit(db, { at: now, user, entity: 'enrollment', entityId: e.id, action: 'create', changes: fieldChanges(null, { studentId, classId, from, reason, orderId }) });
  }
  const enteredOn = schoolToday(db, now);
  for (const order of plan.orders) {
    const academicYear = academicYearOf(order.date).label;
    const { id, number, date, kind, items } = order;
    const basis = order.basis ?? null;
    insertOrder(db, { id, academicYear, number, date, kind, enteredOn, yearEndOf: plan.closingYear, basis, revokesOrderId: null }, items, now, user.id);
    appendAudit(db, {
      at: now,
      user,
      entity: 'order',
      entityId: id,
      action: 'create',
      changes: fieldChanges(null, { academicYear, number, date, kind, yearEndOf: plan.closingYear, basis, items }),
    });
  }
  for (const fg of plan.firstGraders) {
    if (fg.personalFileNumber) registerPersonalFileNumber(db, user.id, fg.studentId, fg.personalFileNumber, newYear.start, now);
  }
  return plan;
}

export interface RunRow {
  id: string;
  closing_year: string;
  run_at: string;
  run_by: string;
  backup_path: string;
  plan: string;
  captured: string;
  last_audit_seq: number;
  undone_at: string | null;
}

export function runView(db: Database.Database, row: RunRow): YearEndRun {
  const plan = JSON.parse(row.plan) as YearEndPlan;
  const runBy = (prepared(db, 'SELECT full_name AS name FROM users WHERE id = ?').get(row.run_by) as { name: string } | undefined)?.name ?? row.run_by;
  return {
    id: row.id,
    closingYear: row.closing_year,
    runAt: row.run_at,
    runBy,
    backupPath: row.backup_path,
    undoneAt: row.undone_at,
    orders: plan.orders.map((o) => ({ id: o.id, number: o.number, kind: o.kind, items: o.items.length })),
  };
}

export function findRun(db: Database.Database, id: string): RunRow | null {
  return (prepared(db, 'SELECT * FROM year_end_runs WHERE id = ?').get(id) as RunRow | undefined) ?? null;
}

export function listRuns(db: Database.Database): YearEndRun[] {
  return (prepared(db, 'SELECT * FROM year_end_runs ORDER BY run_at DESC').all() as RunRow[]).map((row) => runView(db, row));
}

/** Changes since: commits of other connections (data_version) and every write of this one (total_changes). */
function changeStamp(db: Database.Database): string {
  return `${String(db.pragma('data_version', { simple: true }))}:${String((prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n)}`;
}

/**
 * The transition: refused as the planner refuses, else a checked backup, then one transaction that writes the plan
 * and records the run with everything its undo needs. Should the school change while the backup runs, it plans again.
 */
export async function applyYearEnd(
  db: Database.Database,
  user: User,
  input: YearEndInput,
  now: Date,
  backup: () => Promise<string>,
): Promise<MethodOutput<'yearEnd.apply'>> {
  const today = schoolToday(db, now);
  const planned = planNow(db, input, today);
  const stamp = changeStamp(db);
  const backupPath = await backup();
  return db
    .transaction(() => {
      const current = changeStamp(db) === stamp ? planned : planNow(db, input, today);
      const { result: plan, captured } = captureChanges(db, () => writePlan(db, user, current, now));
      const lastSeq = (prepared(db, 'SELECT coalesce(max(seq), 0) AS seq FROM audit_log').get() as { seq: number }).seq;
      const id = randomUUID();
      prepared(
        db,
        `INSERT INTO year_end_runs (id, closing_year, run_at, run_by, backup_path, plan, captured, last_audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, plan.closingYear, now.toISOString(), user.id, backupPath, JSON.stringify(plan), JSON.stringify(captured), lastSeq);
      const row = findRun(db, id);
      if (!row) throw new AppError('INTERNAL');
      return { run: runView(db, row), plan };
    })
    .immediate();
}

