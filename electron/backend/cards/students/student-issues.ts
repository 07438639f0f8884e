import type Database from 'better-sqlite3';
import type { CheckContext } from '../../../../core/checks/check-context';
import { checkStudent } from '../../../../core/checks/student-checks';
import { documentKeys } from '../../../../core/rules/duplicates';
import type { Issue } from '../../../../core/schemas/issue';
import type { StudentCard } from '../../../../core/schemas/student';
import { schoolToday } from '../../clock';
import { currentClassOf } from '../../enrollments/enrollment-repository';
import { requireSchool } from '../../school/school-service';
import { findCardRow } from '../card-store';
import { duplicateIssuesFor } from '../duplicate-lookup';
import { updateStudentIssues } from './student-repository';

/** The class a student's checks read: the one being joined, else the current one on `today`. */
export type CheckedClass = { grade: number; yearStart: string } | null;

/**
 * The issues of a student card as stored (normalised): the core checks in the context of its class (an active
 * enrollment is required; the age must fit the grade) and the duplicates within the school.
 */
export function studentIssues(db: Database.Database, id: string, card: StudentCard, cls: CheckedClass, today: string): Issue[] {
  const country = requireSchool(db).school.country;
  const context: CheckContext = cls ? { country, today, enrolled: true, grade: cls.grade, academicYearStart: cls.yearStart } : { country, today, enrolled: false };
  // Checked as stored: NORMALISED tells the typist what a save will tidy, not a lasting problem of the card.
  return [...checkStudent(card, context), ...duplicateIssuesFor(db, 'student', id, documentKeys(card))];
}

/**
 * Checks the cards of students whose class changed (an order, a year-end transition, an enrollment from another
 * office PC) again, as their issues depend on it. The cards themselves are unchanged: no new version, nothing to send.
 */
export function recheckStudents(db: Database.Database, ids: Iterable<string>, now: Date): void {
  const today = schoolToday(db, now);
  for (const id of new Set(ids)) {
    const row = findCardRow(db, 'student', id);
    if (!row) continue;
    updateStudentIssues(db, id, studentIssues(db, id, JSON.parse(row.data) as StudentCard, currentClassOf(db, id, today), today));
  }
}
