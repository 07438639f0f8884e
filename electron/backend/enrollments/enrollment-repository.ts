import type Database from 'better-sqlite3';
import { markStudentChanged } from '../cards/students/student-list-index';
import { enrollmentReasonSchema, type EnrollmentReason } from '../../../core/academic/enrollment';
import type { ClassHistoryEntry } from '../../../core/api/academic-api';
import { prepared } from '../db/prepared';
import { currentEnrollmentCondition } from './enrollment-conditions';

export interface EnrollmentRecord {
  id: string;
  studentId: string;
  classId: string;
  from: string;
  to: string | null;
  reason: string | null;
  orderId: string | null;
}

/** The reason as core names it; cards enrolled before orders existed say `enrolled`, core's `admitted`. */
export function enrollmentReasonOf(stored: string | null): EnrollmentReason | null {
  return enrollmentReasonSchema.safeParse(stored === 'enrolled' ? 'admitted' : stored).data ?? null;
}

interface ClassHistoryRow {
  enrollmentId: string;
  classId: string;
  classLabel: string;
  academicYear: string;
  from: string;
  to: string | null;
  reason: string | null;
  orderId: string | null;
  orderNumber: number | null;
  orderDate: string | null;
}

/** Every class the student was in, oldest first, with the order that moved them there. */
export function classHistoryOf(db: Database.Database, studentId: string): ClassHistoryEntry[] {
  const rows = prepared(
    db,
    `SELECT e.id AS enrollmentId, c.id AS classId, c.label AS classLabel, y.name AS academicYear, e.from_date AS "from",
        e.to_date AS "to", e.reason, o.id AS orderId, o.number AS orderNumber, o.date AS orderDate
     FROM enrollments e JOIN classes c ON c.id = e.class_id JOIN academic_years y ON y.id = c.academic_year_id
     LEFT JOIN orders o ON o.id = e.order_id AND o.deleted = 0
     WHERE e.student_id = ? AND e.deleted = 0
     ORDER BY e.from_date, e.rowid`,
  ).all(studentId) as ClassHistoryRow[];
  return rows.map(({ orderId, orderNumber, orderDate, reason, ...rest }) => ({
    ...rest,
    reason: enrollmentReasonOf(reason),
    order: orderId && orderNumber !== null && orderDate ? { id: orderId, number: orderNumber, date: orderDate } : null,
  }));
}

export interface CurrentClass {
  classId: string;
  grade: number;
  label: string;
  yearStart: string;
}

export function currentClassOf(db: Database.Database, studentId: string, today: string): CurrentClass | null {
  const row = prepared(
    db,
    `SELECT c.id AS classId, c.grade, c.label, y.start_date AS yearStart
     FROM enrollments e JOIN classes c ON c.id = e.class_id JOIN academic_years y ON y.id = c.academic_year_id
     WHERE e.student_id = @studentId AND ${currentEnrollmentCondition('@today')}
     ORDER BY e.from_date DESC LIMIT 1`,
  ).get({ today, studentId }) as CurrentClass | undefined;
  return row ?? null;
}

export function insertEnrollment(db: Database.Database, record: EnrollmentRecord, at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO enrollments (id, student_id, class_id, from_date, to_date, reason, order_id, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(record.id, record.studentId, record.classId, record.from, record.to, record.reason, record.orderId, at.toISOString(), userId);
  markStudentChanged(db, record.studentId);
}

/** The enrollment a student is in and has not left (no `to`), with its class; none for a student out of the school. */
export interface OpenEnrollment {
  id: string;
  classId: string;
  from: string;
  grade: number;
  label: string;
  academicYearId: string;
}

export function openEnrollmentOf(db: Database.Database, studentId: string): OpenEnrollment | null {
  const row = prepared(
    db,
    `SELECT e.id, e.class_id AS classId, e.from_date AS "from", c.grade, c.label, c.academic_year_id AS academicYearId
     FROM enrollments e JOIN classes c ON c.id = e.class_id
     WHERE e.student_id = ? AND e.deleted = 0 AND e.to_date IS NULL ORDER BY e.from_date DESC LIMIT 1`,
  ).get(studentId) as OpenEnrollment | undefined;
  return row ?? null;
}

/** Ends an enrollment: `to` is the first day the student is no longer in the class. */
export function closeEnrollment(db: Database.Database, id: string, studentId: string, to: string, at: Date, userId: string): void {
  prepared(db, `UPDATE enrollments SET to_date = ?, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?`).run(
    to,
    at.toISOString(),
    userId,
    id,
  );
  markStudentChanged(db, studentId);
}

/** Opens an ended enrollment again (the order that ended it was revoked). */
export function reopenEnrollment(db: Database.Database, id: string, studentId: string, at: Date, userId: string): void {
  prepared(db, `UPDATE enrollments SET to_date = NULL, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?`).run(at.toISOString(), userId, id);
  markStudentChanged(db, studentId);
}

/** Tombstones an enrollment that never took effect (the order that made it was revoked); the tombstone syncs. */
export function tombstoneEnrollment(db: Database.Database, id: string, studentId: string, at: Date, userId: string): void {
  prepared(db, `UPDATE enrollments SET deleted = 1, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?`).run(at.toISOString(), userId, id);
  markStudentChanged(db, studentId);
}

export interface MemberRow {
  enrollmentId: string;
  studentId: string;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: string | null;
  from: string;
  to: string | null;
  reason: string | null;
  orderId: string | null;
}

/** Every enrollment a class ever had, by name then start. */
export function membersOfClass(db: Database.Database, classId: string): MemberRow[] {
  return prepared(
    db,
    `SELECT e.id AS enrollmentId, e.student_id AS studentId, s.last_name AS lastName, s.first_name AS firstName,
       s.middle_name AS middleName, s.birth_date AS birthDate, json_extract(s.data, '$.sex') AS sex,
       e.from_date AS "from", e.to_date AS "to", e.reason, e.order_id AS orderId
     FROM enrollments e JOIN students s ON s.id = e.student_id
     WHERE e.class_id = ? AND e.deleted = 0 AND s.deleted = 0 ORDER BY s.name_sort, e.from_date`,
  ).all(classId) as MemberRow[];
}
