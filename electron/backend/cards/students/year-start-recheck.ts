import type Database from 'better-sqlite3';
import { academicYearOf } from '../../../../core/academic/academic-year';
import { schoolToday } from '../../clock';
import { prepared } from '../../db/prepared';
import { findSchool } from '../../school/school-repository';
import { recheckStudents } from './student-issues';

const checkedForYear = 'students_checked_for_year';

/**
 * A student card's stored issues depend on its class on the day it was checked, and on 1 September every class
 * changes: first graders enrolled by the year-end transition join theirs, promoted students are a grade up. The first
 * time the backend opens in a new academic year, every live card is checked again, once. A database seen for the first
 * time is taken as checked (its cards were checked when saved this year).
 */
export function recheckInNewAcademicYear(db: Database.Database, now: Date): void {
  if (!findSchool(db)) return;
  const year = academicYearOf(schoolToday(db, now)).label;
  const row = prepared(db, 'SELECT value FROM local_state WHERE key = ?').get(checkedForYear) as { value: string } | undefined;
  if (row?.value === year) return;
  db.transaction(() => {
    if (row) recheckStudents(db, (prepared(db, 'SELECT id FROM students WHERE deleted = 0').all() as { id: string }[]).map((r) => r.id), now);
    prepared(db, 'INSERT INTO local_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(checkedForYear, year);
  }).immediate();
}
