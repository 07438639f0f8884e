import type Database from 'better-sqlite3';
import { markStudentChanged } from '../cards/students/student-list-index';
import { prepared } from '../db/prepared';

export interface EnrollmentRecord {
  id: string;
  studentId: string;
  classId: string;
  from: string;
  to: string | null;
  reason: string | null;
  orderId: string | null;
}

/**
 * SQL condition: enrollment `e` is current on the date bound to `date` (a parameter placeholder): begun on or
 * before it and not yet ended; `to` is the first day the student is no longer in the class. Shared by the list
 * query, so every reader agrees on "current".
 */
export function currentEnrollmentCondition(date: string): string {
  return `e.deleted = 0 AND e.from_date <= ${date} AND (e.to_date IS NULL OR e.to_date > ${date})`;
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
