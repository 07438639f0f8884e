import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { classDataSchema, enrollmentDataSchema } from '../../../core/sync/wire-data';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { recheckStudents } from '../cards/students/student-issues';
import { markStudentListStale } from '../cards/students/student-list-index';
import { ensureAcademicYear, findAcademicYear } from '../classes/academic-years';
import { prepared } from '../db/prepared';
import { pulledRecordWins, pulledSyncColumns, retireTwin, type StoreOutcome } from './pulled-record';

/**
 * Points what referred to the retired twin class at the winner, audited; those enrollments and orders go to the
 * server again.
 */
function moveToClass(db: Database.Database, user: User, from: string, to: string, now: Date): void {
  const enrollments = prepared(db, 'SELECT id FROM enrollments WHERE class_id = ?').all(from) as { id: string }[];
  const orders = prepared(db, 'SELECT DISTINCT order_id AS id FROM order_items WHERE from_class_id = @from OR to_class_id = @from').all({ from }) as { id: string }[];
  prepared(db, 'UPDATE enrollments SET class_id = ?, change_count = change_count + 1 WHERE class_id = ?').run(to, from);
  prepared(db, 'UPDATE order_items SET from_class_id = ? WHERE from_class_id = ?').run(to, from);
  prepared(db, 'UPDATE order_items SET to_class_id = ? WHERE to_class_id = ?').run(to, from);
  const bumpOrder = prepared(db, 'UPDATE orders SET change_count = change_count + 1 WHERE id = ?');
  const moved = fieldChanges({ classId: from }, { classId: to });
  for (const { id } of enrollments) appendAudit(db, { at: now, user, entity: 'enrollment', entityId: id, action: 'update', changes: moved });
  for (const { id } of orders) {
    bumpOrder.run(id);
    appendAudit(db, { at: now, user, entity: 'order', entityId: id, action: 'update', changes: moved });
  }
}

/**
 * A class from another device, stored under its id. It waits for its academic year, unless `createMissingYear` (the
 * last pass of a Sync all: a year never synced by an older version) makes the year here. Two classes of one year
 * with one label are twins (pulled-record).
 */
export function storePulledClass(db: Database.Database, user: User, id: string, rev: number, data: unknown, now: Date, createMissingYear: boolean): StoreOutcome {
  const parsed = classDataSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const { academicYear, grade, label, homeroomTeacherId } = parsed.data;
  const year = createMissingYear ? ensureAcademicYear(db, user, academicYear, now) : findAcademicYear(db, academicYear);
  if (!year) return 'waiting';
  const twin = prepared(db, 'SELECT id FROM classes WHERE academic_year_id = ? AND label = ? AND deleted = 0 AND id != ?').get(year.id, label, id) as
    | { id: string }
    | undefined;
  if (twin && !pulledRecordWins(id, twin.id)) return 'superseded';
  if (twin) retireTwin(db, user, 'classes', 'class', twin.id, now);
  const teacher = homeroomTeacherId && prepared(db, 'SELECT 1 FROM staff WHERE id = ?').get(homeroomTeacherId) ? homeroomTeacherId : null;
  const before = prepared(db, 'SELECT grade, label, homeroom_teacher_id AS homeroomTeacherId FROM classes WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;
  prepared(
    db,
    `INSERT INTO classes (id, academic_year_id, grade, label, homeroom_teacher_id, rev, sent_count, updated_at, updated_by)
     VALUES (@id, @year, @grade, @label, @teacher, @rev, 1, @at, @by)
     ON CONFLICT (id) DO UPDATE SET academic_year_id = @year, grade = @grade, label = @label, homeroom_teacher_id = @teacher, ${pulledSyncColumns}`,
  ).run({ id, year: year.id, grade, label, teacher, rev, at: now.toISOString(), by: user.id });
  if (twin) moveToClass(db, user, twin.id, id, now);
  appendAudit(db, { at: now, user, entity: 'class', entityId: id, action: before ? 'update' : 'create', changes: fieldChanges(before ?? null, { grade, label, homeroomTeacherId: teacher }) });
  markStudentListStale(db);
  return 'stored';
}

/** An enrollment from another device; it waits while its student or class has not arrived. */
export function storePulledEnrollment(db: Database.Database, user: User, id: string, rev: number, data: unknown, now: Date): StoreOutcome {
  const parsed = enrollmentDataSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const e = parsed.data;
  const known = prepared(db, 'SELECT (SELECT count(*) FROM students WHERE id = ?) + (SELECT count(*) FROM classes WHERE id = ?) AS n').get(e.studentId, e.classId) as {
    n: number;
  };
  if (known.n < 2) return 'waiting';
  const before = prepared(db, 'SELECT class_id AS classId, from_date AS "from", to_date AS "to", reason FROM enrollments WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;
  prepared(
    db,
    `INSERT INTO enrollments (id, student_id, class_id, from_date, to_date, reason, order_id, rev, sent_count, updated_at, updated_by)
     VALUES (@id, @student, @class, @from, @to, @reason, @order, @rev, 1, @at, @by)
     ON CONFLICT (id) DO UPDATE SET class_id = @class, from_date = @from, to_date = @to, reason = @reason, order_id = @order, ${pulledSyncColumns}`,
  ).run({ id, student: e.studentId, class: e.classId, from: e.from, to: e.to ?? null, reason: e.reason ?? null, order: e.orderId ?? null, rev, at: now.toISOString(), by: user.id });
  const after = { classId: e.classId, from: e.from, to: e.to ?? null, reason: e.reason ?? null };
  appendAudit(db, { at: now, user, entity: 'enrollment', entityId: id, action: before ? 'update' : 'create', changes: fieldChanges(before ?? null, after) });
  recheckStudents(db, [e.studentId], now);
  return 'stored';
}
