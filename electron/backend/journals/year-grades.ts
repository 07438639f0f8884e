import type Database from 'better-sqlite3';
import type { YearGradeRow } from '../../../core/api/journals-api';
import type { User } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';
import { gradeHasExam } from '../../../core/grading/exam-grades';
import { computeYearGrade, isMarkInScale, markScale } from '../../../core/grading/period-grade';
import { finalGradeSchema, type FinalGrade } from '../../../core/journals/journal-entities';
import { appendAudit } from '../audit/audit-log';
import { periodsOfYear } from '../classes/academic-years';
import { prepared } from '../db/prepared';
import { journalOf, type Journal } from './journal-access';
import { naturalId } from '../db/natural-id';
import { studentsOfClassBetween } from './mark-repository';
import { isPeriodClosed, writableUnder } from './period-locks';

function parseFinal(text: string | null): FinalGrade | null {
  if (text === null) return null;
  return finalGradeSchema.parse(/^\d+$/.test(text) ? Number(text) : text);
}

interface GradeRow {
  id: string;
  studentId: string;
  scope: 'period' | 'year' | 'exam';
  periodId: string | null;
  final: string | null;
  confirmedAt: string | null;
}

function yearSpan(db: Database.Database, journal: Journal) {
  const year = prepared(db, 'SELECT start_date AS start, end_date AS "end" FROM academic_years WHERE id = ?').get(journal.academicYearId) as { start: string; end: string };
  return { ...year, periods: periodsOfYear(db, journal.academicYearId) };
}

function yearRows(db: Database.Database, journal: Journal): YearGradeRow[] {
  const { start, end, periods } = yearSpan(db, journal);
  const grades = prepared(
    db,
    `SELECT id, student_id AS studentId, scope, period_id AS periodId, final, confirmed_at AS confirmedAt
     FROM period_grades WHERE assignment_id = ? AND scope IN ('period', 'year', 'exam') AND deleted = 0`,
  ).all(journal.id) as GradeRow[];
  return studentsOfClassBetween(db, journal.classId, start, end).map(({ studentId, name }) => {
    const own = grades.filter((g) => g.studentId === studentId);
    const finals = periods.map((p) => parseFinal(own.find((g) => g.scope === 'period' && g.periodId === p.id)?.final ?? null));
    const numeric = finals.filter((f): f is number => typeof f === 'number');
    const result = computeYearGrade(numeric, journal.country);
    const year = own.find((g) => g.scope === 'year');
    const exam = own.find((g) => g.scope === 'exam');
    return {
      studentId,
      name,
      periods: finals,
      average: result.ok ? result.average : null,
      suggested: result.ok ? result.grade : null,
      final: parseFinal(year?.final ?? null),
      confirmedAt: year?.confirmedAt ?? null,
      exam: parseFinal(exam?.final ?? null),
    };
  });
}

/** Year grades lock with the year's last period: its closure closes them, its unlock opens them. */
function lastPeriodId(db: Database.Database, journal: Journal): string | null {
  return yearSpan(db, journal).periods.at(-1)?.id ?? null;
}

export function listYearGrades(db: Database.Database, user: User, assignmentId: string) {
  const journal = journalOf(db, user, assignmentId, 'read');
  const last = lastPeriodId(db, journal);
  return { rows: yearRows(db, journal), closed: last !== null && isPeriodClosed(db, last), hasExam: gradeHasExam(journal.country, journal.grade) };
}

/**
 * Sets a student's year grade, or the state exam's grade (`scope: 'exam'`, only where the class's grade has exams):
 * the same checks, lock and audit; the exam's computed grade is none, so only the year grade is an override.
 */
export function setYearGrade(
  db: Database.Database,
  user: User,
  input: { assignmentId: string; studentId: string; final: FinalGrade },
  now: Date,
  scope: 'year' | 'exam' = 'year',
): YearGradeRow {
  const journal = journalOf(db, user, input.assignmentId, 'write');
  if (scope === 'exam' && !gradeHasExam(journal.country, journal.grade)) throw new AppError('NO_EXAM_IN_GRADE');
  if (typeof input.final === 'number' && !isMarkInScale(input.final, journal.country)) {
    throw new AppError('MARK_OUT_OF_SCALE', { mark: input.final, ...markScale[journal.country] });
  }
  return db.transaction(() => {
    const row = yearRows(db, journal).find((r) => r.studentId === input.studentId);
    if (!row) throw new AppError('STUDENT_NOT_IN_CLASS');
    const last = lastPeriodId(db, journal);
    const unlockId = last ? writableUnder(db, { periodId: last, classId: journal.classId, subjectId: journal.subjectId, studentId: input.studentId }, now).unlockId : null;
    const existing = prepared(db, 'SELECT id, final FROM period_grades WHERE assignment_id = ? AND student_id = ? AND scope = ? AND deleted = 0').get(
      journal.id,
      input.studentId,
      scope,
    ) as { id: string; final: string | null } | undefined;
    const at = now.toISOString();
    const computed = scope === 'year' ? { average: row.average, suggested: row.suggested } : { average: null, suggested: null };
    const values = { ...computed, final: String(input.final), userId: user.id, at, unlockId };
    const id = existing?.id ?? naturalId('periodGrade', journal.id, input.studentId, scope, '');
    if (existing) {
      prepared(
        db,
        `UPDATE period_grades SET computed_average = @average, computed_grade = @suggested, final = @final, set_by = @userId, confirmed_at = @at,
           unlock_id = @unlockId, change_count = change_count + 1, updated_at = @at, updated_by = @userId WHERE id = @id`,
      ).run({ ...values, id });
    } else {
      prepared(
        db,
        `INSERT INTO period_grades (id, student_id, assignment_id, scope, period_id, computed_average, computed_grade, final, set_by, confirmed_at, unlock_id,
           updated_at, updated_by)
         VALUES (@id, @studentId, @assignmentId, @scope, NULL, @average, @suggested, @final, @userId, @at, @unlockId, @at, @userId)`,
      ).run({ ...values, id, studentId: input.studentId, assignmentId: journal.id, scope });
    }
    appendAudit(db, {
      at: now,
      user,
      entity: 'period_grade',
      entityId: id,
      action: existing ? 'update' : 'create',
      changes: [
        ...(existing ? [] : [{ field: 'studentId', before: null, after: input.studentId }, { field: 'assignmentId', before: null, after: journal.id }, { field: 'scope', before: null, after: scope }]),
        { field: 'final', before: parseFinal(existing?.final ?? null), after: input.final },
        ...(scope === 'year' ? [{ field: 'computedGrade', before: null, after: row.suggested }] : []),
        ...(scope === 'year' && input.final !== row.suggested ? [{ field: 'override', before: null, after: true }] : []),
        ...(unlockId ? [{ field: 'unlockId', before: null, after: unlockId }] : []),
      ],
    });
    return scope === 'year' ? { ...row, final: input.final, confirmedAt: at } : { ...row, exam: input.final };
  })();
}

/** Confirms each suggestion where no year grade is set yet, in one transaction. */
export function confirmAllYearGrades(db: Database.Database, user: User, assignmentId: string, now: Date): number {
  const journal = journalOf(db, user, assignmentId, 'write');
  return db.transaction(() => {
    const pending = yearRows(db, journal).filter((row) => row.final === null && row.suggested !== null);
    for (const row of pending) setYearGrade(db, user, { assignmentId, studentId: row.studentId, final: row.suggested! }, now);
    return pending.length;
  })();
}
