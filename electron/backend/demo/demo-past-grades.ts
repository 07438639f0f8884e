import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { PeriodRecord } from '../../../core/academic/period';
import { computeYearGrade, markScale } from '../../../core/grading/period-grade';
import type { FinalGrade } from '../../../core/journals/journal-entities';
import type { Country } from '../../../core/schemas/common';
import { appendAudit } from '../audit/audit-log';
import { naturalId } from '../db/natural-id';
import { prepared } from '../db/prepared';
import { SeededRandom } from './seeded-random';

/** One journal of the past year: an assignment (class × subject) and the generator keys of the school's students. */
export interface PastJournal {
  assignmentId: string;
  classId: string;
  subject: string;
}

export interface PastGradesInput {
  country: Country;
  /** The year's periods in order; the year grade is set on the last one's end. */
  periods: readonly PeriodRecord[];
  journals: readonly PastJournal[];
  /** Card id → generator key: a student's grades follow from the key, not from the order of the rows or the ids. */
  keyOf: ReadonlyMap<string, string>;
  /** Keys of those who repeat the year: their grades are the lowest. */
  repeaters: ReadonlySet<string>;
}

/** FNV-1a: a seed from a text, so each student and subject draws from a generator of its own. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A student's finals in one subject, a period each: around the student's own level (the same in every subject, give
 * or take one or two points), so a strong student is strong throughout; rarely `not_assessed` (too many absences), and
 * PE `exempt` for a few.
 */
function finalsOf(key: string, subject: string, periods: number, country: Country, repeats: boolean): FinalGrade[] {
  const { min, max } = markScale[country];
  const own = new SeededRandom(seedOf(key));
  const level = repeats ? 0.1 : 0.2 + 0.7 * ((own.next() + own.next()) / 2);
  if (subject === 'Фізична культура' && own.chance(0.01)) return Array.from({ length: periods }, () => 'exempt' as const);
  const rng = new SeededRandom(seedOf(`${key}|${subject}`));
  const offset = (rng.next() - 0.5) * 0.25;
  return Array.from({ length: periods }, () => {
    if (rng.chance(repeats ? 0.2 : 0.003)) return 'not_assessed' as const;
    const value = min + (max - min) * (level + offset + (rng.next() - 0.5) * 0.12);
    return Math.min(max, Math.max(min, Math.round(value)));
  });
}

interface Membership {
  studentId: string;
  to: string | null;
}

function insertGrade(
  db: Database.Database,
  user: User,
  at: Date,
  row: { studentId: string; assignmentId: string; periodId: string | null; final: FinalGrade; average: string | null; computed: number | null },
): void {
  const scope = row.periodId ? 'period' : 'year';
  const stamp = at.toISOString();
  prepared(
    db,
    `INSERT INTO period_grades (id, student_id, assignment_id, scope, period_id, computed_average, computed_grade, final, set_by, confirmed_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(naturalId('periodGrade', row.assignmentId, row.studentId, scope, row.periodId ?? ''), row.studentId, row.assignmentId, scope, row.periodId, row.average, row.computed, String(row.final), user.id, stamp, stamp, user.id);
}

/**
 * The past year's period grades and year grades, confirmed: every student of a journal who was in the class to a
 * period's end gets that period's grade (set on its last day), and whoever stayed to the year's end its year grade,
 * the mean of the period grades as the journals suggest it. The past year has no lessons or marks, so a period grade
 * has no computed value beside it. Each journal's grades get one summary audit row, as the current year's generated
 * journals do (demo-journals.ts): a row per grade made the demo's first start slow and its audit log the bulk of the
 * database, for entries nobody typed. Call inside the caller's transaction. Returns how many grades were written.
 */
export function seedDemoPastGrades(db: Database.Database, user: User, input: PastGradesInput): number {
  const last = input.periods.at(-1);
  if (!last) return 0;
  const members = prepared(db, 'SELECT student_id AS studentId, to_date AS "to" FROM enrollments WHERE class_id = ? AND deleted = 0');
  let written = 0;
  for (const journal of input.journals) {
    const before = written;
    for (const { studentId, to } of members.all(journal.classId) as Membership[]) {
      const key = input.keyOf.get(studentId);
      if (!key) continue;
      const finals = finalsOf(key, journal.subject, input.periods.length, input.country, input.repeaters.has(key));
      const graded: FinalGrade[] = [];
      input.periods.forEach((period, index) => {
        const final = finals[index];
        if (final === undefined || (to !== null && to <= period.end)) return;
        insertGrade(db, user, new Date(`${period.end}T15:00:00`), { studentId, assignmentId: journal.assignmentId, periodId: period.id, final, average: null, computed: null });
        graded.push(final);
        written += 1;
      });
      if (graded.length < input.periods.length) continue;
      const numeric = graded.filter((f): f is number => typeof f === 'number');
      const year = computeYearGrade(numeric, input.country);
      const suggested = year.ok ? year.grade : null;
      const final: FinalGrade = suggested ?? (graded.every((f) => f === 'exempt') ? 'exempt' : 'not_assessed');
      insertGrade(db, user, new Date(`${last.end}T16:00:00`), {
        studentId,
        assignmentId: journal.assignmentId,
        periodId: null,
        final,
        average: year.ok ? year.average : null,
        computed: suggested,
      });
      written += 1;
    }
    appendAudit(db, {
      at: new Date(`${last.end}T16:00:00`),
      user,
      entity: 'assignment',
      entityId: journal.assignmentId,
      action: 'update',
      changes: [{ field: 'demoGrades', before: null, after: written - before }],
    });
  }
  return written;
}
