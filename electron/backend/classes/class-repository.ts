import type Database from 'better-sqlite3';
import type { ClassView } from '../../../core/api/classes-api';
import { markStudentListStale } from '../cards/students/student-list-index';
import { prepared } from '../db/prepared';
import { currentEnrollmentCondition } from '../enrollments/enrollment-conditions';

export interface ClassRecord {
  id: string;
  academicYearId: string;
  grade: number;
  label: string;
  homeroomTeacherId: string | null;
  /** 1 September of the class's academic year. */
  yearStart: string;
}

const selectClass = `SELECT c.id, c.academic_year_id AS academicYearId, c.grade, c.label,
  c.homeroom_teacher_id AS homeroomTeacherId, y.start_date AS yearStart
  FROM classes c JOIN academic_years y ON y.id = c.academic_year_id`;

export function findClass(db: Database.Database, id: string): ClassRecord | null {
  const row = prepared(db, `${selectClass} WHERE c.id = ? AND c.deleted = 0`).get(id) as ClassRecord | undefined;
  return row ?? null;
}

export function classesOfYear(db: Database.Database, academicYearId: string): ClassRecord[] {
  return prepared(db, `${selectClass} WHERE c.academic_year_id = ? AND c.deleted = 0`).all(academicYearId) as ClassRecord[];
}

export function classWithLabel(db: Database.Database, academicYearId: string, label: string): string | null {
  const row = prepared(db, 'SELECT id FROM classes WHERE academic_year_id = ? AND label = ? AND deleted = 0').get(academicYearId, label) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}

const selectView = `SELECT c.id, c.academic_year_id AS academicYearId, y.name AS academicYear, c.grade, c.label,
  c.homeroom_teacher_id AS homeroomTeacherId,
  CASE WHEN t.id IS NULL THEN NULL ELSE trim(t.last_name || ' ' || t.first_name || ' ' || t.middle_name) END AS homeroomTeacherName,
  (SELECT count(*) FROM enrollments e WHERE e.class_id = c.id AND ${currentEnrollmentCondition('@date')}) AS studentCount
  FROM classes c JOIN academic_years y ON y.id = c.academic_year_id LEFT JOIN staff t ON t.id = c.homeroom_teacher_id`;

/** Classes of a year with their homeroom teacher's name and how many students each has on `date`. */
export function classViewsOfYear(db: Database.Database, academicYearId: string, date: string): ClassView[] {
  return prepared(db, `${selectView} WHERE c.academic_year_id = @year AND c.deleted = 0`).all({ year: academicYearId, date }) as ClassView[];
}

export function classView(db: Database.Database, id: string, date: string): ClassView | null {
  const row = prepared(db, `${selectView} WHERE c.id = @id AND c.deleted = 0`).get({ id, date }) as ClassView | undefined;
  return row ?? null;
}

export function insertClass(db: Database.Database, record: Omit<ClassRecord, 'yearStart'>, at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO classes (id, academic_year_id, grade, label, homeroom_teacher_id, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(record.id, record.academicYearId, record.grade, record.label, record.homeroomTeacherId, at.toISOString(), userId);
  markStudentListStale(db);
}

export function updateClass(db: Database.Database, record: Omit<ClassRecord, 'yearStart' | 'academicYearId'>, at: Date, userId: string): void {
  prepared(
    db,
    `UPDATE classes SET grade = ?, label = ?, homeroom_teacher_id = ?, change_count = change_count + 1, updated_at = ?, updated_by = ?
     WHERE id = ?`,
  ).run(record.grade, record.label, record.homeroomTeacherId, at.toISOString(), userId, record.id);
  markStudentListStale(db);
}
