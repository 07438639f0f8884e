import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { classDataSchema, enrollmentDataSchema } from '../../../core/sync/wire-data';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { markStudentChanged, markStudentListStale } from '../cards/students/student-list-index';
import { ensureAcademicYear } from '../classes/academic-years';
import { prepared } from '../db/prepared';

const syncColumns = 'rev = @rev, sent_count = change_count, updated_at = @at, updated_by = @by';

/** A class from another device, stored under its id; its academic year is created when this device has none of that name. */
export function storePulledClass(db: Database.Database, user: User, id: string, rev: number, data: unknown, now: Date): boolean {
  const parsed = classDataSchema.safeParse(data);
  if (!parsed.success) return false;
  const { academicYear, grade, label, homeroomTeacherId } = parsed.data;
  const year = ensureAcademicYear(db, user, academicYear, now);
  const teacher = homeroomTeacherId && prepared(db, 'SELECT 1 FROM staff WHERE id = ?').get(homeroomTeacherId) ? homeroomTeacherId : null;
  const before = prepared(db, 'SELECT grade, label, homeroom_teacher_id AS homeroomTeacherId FROM classes WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;
  prepared(
    db,
    `INSERT INTO classes (id, academic_year_id, grade, label, homeroom_teacher_id, rev, sent_count, updated_at, updated_by)
     VALUES (@id, @year, @grade, @label, @teacher, @rev, 1, @at, @by)
     ON CONFLICT (id) DO UPDATE SET academic_year_id = @year, grade = @grade, label = @label, homeroom_teacher_id = @teacher, deleted = 0, ${syncColumns}`,
  ).run({ id, year: year.id, grade, label, teacher, rev, at: now.toISOString(), by: user.id });
  appendAudit(db, { at: now, user, entity: 'class', entityId: id, action: before ? 'update' : 'create', changes: fieldChanges(before ?? null, { grade, label, homeroomTeacherId: teacher }) });
  markStudentListStale(db);
  return true;
}

/** An enrollment from another device; refused (false) while its student or class has not arrived. */
export function storePulledEnrollment(db: Database.Database, user: User, id: string, rev: number, data: unknown, now: Date): boolean {
  const parsed = enrollmentDataSchema.safeParse(data);
  if (!parsed.success) return false;
  const e = parsed.data;
  const known = prepared(db, 'SELECT (SELECT count(*) FROM students WHERE id = ?) + (SELECT count(*) FROM classes WHERE id = ?) AS n').get(e.studentId, e.classId) as {
    n: number;
  };
  if (known.n < 2) return false;
  const before = prepared(db, 'SELECT class_id AS classId, from_date AS "from", to_date AS "to", reason FROM enrollments WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;
  prepared(
    db,
    `INSERT INTO enrollments (id, student_id, class_id, from_date, to_date, reason, order_id, rev, sent_count, updated_at, updated_by)
     VALUES (@id, @student, @class, @from, @to, @reason, @order, @rev, 1, @at, @by)
     ON CONFLICT (id) DO UPDATE SET class_id = @class, from_date = @from, to_date = @to, reason = @reason, order_id = @order, deleted = 0, ${syncColumns}`,
  ).run({ id, student: e.studentId, class: e.classId, from: e.from, to: e.to ?? null, reason: e.reason ?? null, order: e.orderId ?? null, rev, at: now.toISOString(), by: user.id });
  const after = { classId: e.classId, from: e.from, to: e.to ?? null, reason: e.reason ?? null };
  appendAudit(db, { at: now, user, entity: 'enrollment', entityId: id, action: before ? 'update' : 'create', changes: fieldChanges(before ?? null, after) });
  markStudentChanged(db, e.studentId);
  return true;
}
