import type Database from 'better-sqlite3';
import type { PeriodGradeRow } from '../../../core/api/journals-api';
import type { User } from '../../../core/api/auth-api';
import type { MethodParsedInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import { computePeriodGrade, isMarkInScale, markScale } from '../../../core/grading/period-grade';
import { finalGradeSchema, type FinalGrade } from '../../../core/journals/journal-entities';
import type { Country } from '../../../core/schemas/common';
import { appendAudit } from '../audit/audit-log';
import { prepared } from '../db/prepared';
import { journalOf, type Journal } from './journal-access';
import { naturalId } from '../db/natural-id';
import { requirePeriod, type JournalPeriod } from './journal-periods';
import { marksByStudent, studentsOfClassBetween } from './mark-repository';
import { isPeriodClosed, journalUnlocked, writableUnder } from './period-locks';

interface StoredGrade {
  id: string;
  studentId: string;
  computedAverage: string | null;
  computedGrade: number | null;
  bump: string;
  final: string | null;
  confirmedAt: string | null;
}

function storedGrades(db: Database.Database, assignmentId: string, periodId: string): Map<string, StoredGrade> {
  const rows = prepared(
    db,
    `SELECT id, student_id AS studentId, computed_average AS computedAverage, computed_grade AS computedGrade, bump, final, confirmed_at AS confirmedAt
     FROM period_grades WHERE assignment_id = ? AND scope = 'period' AND period_id = ? AND deleted = 0`,
  ).all(assignmentId, periodId) as StoredGrade[];
  return new Map(rows.map((row) => [row.studentId, row]));
}

/** Finals are stored as text: a number of the scale, `not_assessed` or `exempt`; parsed with core's schema on read. */
export function parseFinal(text: string | null): FinalGrade | null {
  if (text === null) return null;
  return finalGradeSchema.parse(/^\d+$/.test(text) ? Number(text) : text);
}

/** The grading function's params as an error value carries them: numbers and strings only. */
function errorParams(params: Record<string, unknown> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) if (typeof value === 'number' || typeof value === 'string') out[key] = value;
  return out;
}

export function suggestion(country: Country, marks: { current: number[]; control: number[] }, bump: number) {
  const result = computePeriodGrade({ ...marks, bump }, country);
  if (!result.ok) throw new AppError(result.error.code, errorParams(result.error.params));
  return result;
}

function gradeRows(db: Database.Database, journal: Journal, period: JournalPeriod): PeriodGradeRow[] {
  const marks = marksByStudent(db, journal.id, period.start, period.end);
  const stored = storedGrades(db, journal.id, period.id);
  return studentsOfClassBetween(db, journal.classId, period.start, period.end).map(({ studentId, name }) => {
    const own = marks.get(studentId) ?? { current: [], control: [] };
    const grade = stored.get(studentId);
    const bump = grade ? Number(grade.bump) : 0;
    const result = suggestion(journal.country, own, bump);
    return {
      studentId,
      name,
      current: own.current,
      control: own.control,
      average: result.average,
      suggested: result.grade,
      bump,
      final: parseFinal(grade?.final ?? null),
      confirmedAt: grade?.confirmedAt ?? null,
    };
  });
}

export function listPeriodGrades(db: Database.Database, user: User, assignmentId: string, periodId: string, now: Date) {
  const journal = journalOf(db, user, assignmentId, 'read');
  const period = requirePeriod(db, periodId);
  const closed = isPeriodClosed(db, periodId);
  return { rows: gradeRows(db, journal, period), closed, unlocked: closed && journalUnlocked(db, periodId, journal.classId, journal.subjectId, now) };
}

/**
 * Stores one student's final grade with the computed value beside it; the audit row names both, and `override` when
 * the final differs from the suggestion, so a changed grade is never silent.
 */
function storeGrade(db: Database.Database, user: User, journal: Journal, period: JournalPeriod, row: PeriodGradeRow, final: FinalGrade, bump: number, now: Date): void {
  const { unlockId } = writableUnder(db, { periodId: period.id, classId: journal.classId, subjectId: journal.subjectId, studentId: row.studentId }, now);
  const existing = storedGrades(db, journal.id, period.id).get(row.studentId);
  const at = now.toISOString();
  const values = {
    computedAverage: row.average,
    computedGrade: row.suggested,
    bump: String(bump),
    final: String(final),
    setBy: user.id,
    confirmedAt: at,
    unlockId,
    stamp: at,
    userId: user.id,
  };
  const id = existing?.id ?? naturalId('periodGrade', journal.id, row.studentId, 'period', period.id);
  if (existing) {
    prepared(
      db,
      `UPDATE period_grades SET computed_average = @computedAverage, computed_grade = @computedGrade, bump = @bump, final = @final, set_by = @setBy,
         confirmed_at = @confirmedAt, unlock_id = @unlockId, change_count = change_count + 1, updated_at = @stamp, updated_by = @userId WHERE id = @id`,
    ).run({ ...values, id });
  } else {
    prepared(
      db,
      `INSERT INTO period_grades (id, student_id, assignment_id, scope, period_id, computed_average, computed_grade, bump, final, set_by, confirmed_at,
         unlock_id, updated_at, updated_by)
       VALUES (@id, @studentId, @assignmentId, 'period', @periodId, @computedAverage, @computedGrade, @bump, @final, @setBy, @confirmedAt, @unlockId, @stamp, @userId)`,
    ).run({ ...values, id, studentId: row.studentId, assignmentId: journal.id, periodId: period.id });
  }
  const previousFinal = parseFinal(existing?.final ?? null);
  const previousBump = existing ? Number(existing.bump) : 0;
  appendAudit(db, {
    at: now,
    user,
    entity: 'period_grade',
    entityId: id,
    action: existing ? 'update' : 'create',
    changes: [
      ...(existing ? [] : [
        { field: 'studentId', before: null, after: row.studentId },
        { field: 'assignmentId', before: null, after: journal.id },
        { field: 'periodId', before: null, after: period.id },
      ]),
      { field: 'final', before: previousFinal, after: final },
      ...(previousBump !== bump ? [{ field: 'bump', before: previousBump, after: bump }] : []),
      { field: 'computedGrade', before: existing?.computedGrade ?? null, after: row.suggested },
      { field: 'computedAverage', before: existing?.computedAverage ?? null, after: row.average },
      ...(final !== row.suggested ? [{ field: 'override', before: null, after: true }] : []),
      ...(unlockId ? [{ field: 'unlockId', before: null, after: unlockId }] : []),
    ],
  });
}

export function setPeriodGrade(db: Database.Database, user: User, input: MethodParsedInput<'periodGrades.set'>, now: Date): PeriodGradeRow {
  const journal = journalOf(db, user, input.assignmentId, 'write');
  const period = requirePeriod(db, input.periodId);
  if (typeof input.final === 'number' && !isMarkInScale(input.final, journal.country)) {
    throw new AppError('MARK_OUT_OF_SCALE', { mark: input.final, ...markScale[journal.country] });
  }
  return db.transaction(() => {
    const student = studentsOfClassBetween(db, journal.classId, period.start, period.end).find((s) => s.studentId === input.studentId);
    if (!student) throw new AppError('STUDENT_NOT_IN_CLASS');
    const marks = marksByStudent(db, journal.id, period.start, period.end).get(input.studentId) ?? { current: [], control: [] };
    const result = suggestion(journal.country, marks, input.bump);
    const row: PeriodGradeRow = { studentId: input.studentId, name: student.name, ...marks, average: result.average, suggested: result.grade, bump: input.bump, final: input.final, confirmedAt: now.toISOString() };
    storeGrade(db, user, journal, period, row, input.final, input.bump, now);
    return row;
  })();
}

/** Confirms the suggestion of every student who has one and no final yet, in one transaction. */
export function confirmAllPeriodGrades(db: Database.Database, user: User, assignmentId: string, periodId: string, now: Date): number {
  const journal = journalOf(db, user, assignmentId, 'write');
  const period = requirePeriod(db, periodId);
  return db.transaction(() => {
    let confirmed = 0;
    for (const row of gradeRows(db, journal, period)) {
      if (row.final !== null || row.suggested === null) continue;
      storeGrade(db, user, journal, period, row, row.suggested, row.bump, now);
      confirmed += 1;
    }
    return confirmed;
  })();
}
