import type Database from 'better-sqlite3';
import { markStudentListStale } from '../cards/students/student-list-index';
import { prepared } from '../db/prepared';

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

export function insertClass(db: Database.Database, record: Omit<ClassRecord, 'yearStart'>, at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO classes (id, academic_year_id, grade, label, homeroom_teacher_id, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(record.id, record.academicYearId, record.grade, record.label, record.homeroomTeacherId, at.toISOString(), userId);
  markStudentListStale(db);
}
