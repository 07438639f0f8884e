import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { activeUsersWithRole } from '../auth/users-repository';
import { prepared } from '../db/prepared';
import { findSchool } from '../school/school-repository';
import { generateJournals, journalLoadOfYear, type JournalCounts } from './demo-journals';
import { demoTeachers, seedDemoTeaching, type DemoYearClass } from './demo-teaching-load';
import { SeededRandom } from './seeded-random';

/** The teaching structure was set up before the year began: at 08:00 in Kyiv on its first day. */
const setUpAt = (yearStart: string) => new Date(`${yearStart}T05:00:00Z`);

/**
 * The demo's journals of one academic year up to `today`: its teaching load and timetable (the subject teachers'
 * accounts keep the assignments they have), then lessons from the year's first day to `today`, held and filled
 * before it. The generator's own random sequence (from `seed`) leaves the cards' sequence untouched.
 */
export function seedDemoJournals(db: Database.Database, admin: User, academicYearId: string, today: string, seed: number): JournalCounts {
  const year = prepared(db, 'SELECT start_date AS start, end_date AS "end" FROM academic_years WHERE id = ?').get(academicYearId) as { start: string; end: string };
  const country = findSchool(db)?.school.country ?? 'UA';
  const classes = prepared(
    db,
    `SELECT id, grade, label, homeroom_teacher_id AS homeroomTeacherId FROM classes WHERE academic_year_id = ? AND deleted = 0 ORDER BY grade, label`,
  ).all(academicYearId) as DemoYearClass[];
  const teacherAccounts = activeUsersWithRole(db, 'subject_teacher').filter((u) => u.staffId !== null);
  const at = setUpAt(year.start);
  db.transaction(() =>
    seedDemoTeaching(
      db,
      admin,
      { academicYearId, yearStart: year.start, classes, teachers: demoTeachers(db), keptTeacherIds: teacherAccounts.map((u) => u.staffId ?? '') },
      at,
    ),
  ).immediate();
  const load = journalLoadOfYear(db, academicYearId, country);
  const byTeacher = new Map(teacherAccounts.map((u) => [u.staffId ?? '', u]));
  const to = today < year.end ? today : year.end;
  return generateJournals(db, load, { from: year.start, to, today }, new SeededRandom(seed), { byTeacher, fallback: admin });
}
