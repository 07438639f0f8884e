import type Database from 'better-sqlite3';
import type { JournalGradeCounts } from '../../../core/api/journals-api';
import type { MarkKind } from '../../../core/journals/journal-entities';
import { prepared } from '../db/prepared';
import { listAssignments } from '../teaching/teaching-repository';
import { schoolCountry } from './journal-access';
import { requirePeriod } from './journal-periods';
import { parseFinal, suggestion } from './period-grades';

type MarksOf = { current: number[]; control: number[] };

/** `outer → inner → value`, created on first use. */
function entryOf<V>(map: Map<string, Map<string, V>>, outer: string, inner: string, create: () => V): V {
  let byInner = map.get(outer);
  if (!byInner) {
    byInner = new Map();
    map.set(outer, byInner);
  }
  let value = byInner.get(inner);
  if (value === undefined) {
    value = create();
    byInner.set(inner, value);
  }
  return value;
}

/** Every journal's marks of the span (values only, cancelled lessons left out), by assignment and student: one pass. */
function schoolMarks(db: Database.Database, from: string, to: string): Map<string, Map<string, MarksOf>> {
  const rows = prepared(
    db,
    `SELECT l.assignment_id AS assignmentId, m.student_id AS studentId, m.value, m.kind
     FROM lessons l CROSS JOIN marks m ON m.lesson_id = l.id AND m.deleted = 0
     WHERE l.deleted = 0 AND l.cancelled = 0 AND l.date BETWEEN ? AND ? AND m.value IS NOT NULL`,
  )
    .raw()
    .iterate(from, to) as IterableIterator<[string, string, number, MarkKind]>;
  const out = new Map<string, Map<string, MarksOf>>();
  for (const [assignmentId, studentId, value, kind] of rows) entryOf(out, assignmentId, studentId, () => ({ current: [], control: [] }))[kind].push(value);
  return out;
}

/** The students of every class at some time of the span, as `studentsOfClassBetween` reads one class's. */
function schoolClassStudents(db: Database.Database, from: string, to: string): Map<string, Set<string>> {
  const rows = prepared(
    db,
    `SELECT e.class_id AS classId, e.student_id AS studentId FROM enrollments e JOIN students s ON s.id = e.student_id AND s.deleted = 0
     WHERE e.deleted = 0 AND e.from_date <= ? AND (e.to_date IS NULL OR e.to_date > ?)`,
  ).all(to, from) as { classId: string; studentId: string }[];
  const out = new Map<string, Set<string>>();
  for (const { classId, studentId } of rows) {
    let students = out.get(classId);
    if (!students) {
      students = new Set();
      out.set(classId, students);
    }
    students.add(studentId);
  }
  return out;
}

/** The stored period grades of the period (bump and final), by assignment and student. */
function schoolStoredGrades(db: Database.Database, periodId: string): Map<string, Map<string, { bump: string; final: string | null }>> {
  const rows = prepared(
    db,
    `SELECT assignment_id AS assignmentId, student_id AS studentId, bump, final FROM period_grades WHERE scope = 'period' AND period_id = ? AND deleted = 0`,
  ).all(periodId) as { assignmentId: string; studentId: string; bump: string; final: string | null }[];
  const out = new Map<string, Map<string, { bump: string; final: string | null }>>();
  for (const row of rows) entryOf(out, row.assignmentId, row.studentId, () => row);
  return out;
}

/**
 * The figures of every journal's grades screen of a period (`periodGrades.list` per assignment) in three queries for
 * the whole school instead of a few per journal: the period's marks, the classes' students, the stored grades. A
 * final other than the suggestion (a number, `not_assessed`, `exempt`) counts as overridden.
 */
export function schoolPeriodGrades(db: Database.Database, periodId: string): JournalGradeCounts[] {
  const period = requirePeriod(db, periodId);
  const country = schoolCountry(db);
  const marks = schoolMarks(db, period.start, period.end);
  const classStudents = schoolClassStudents(db, period.start, period.end);
  const stored = schoolStoredGrades(db, period.id);
  const none: MarksOf = { current: [], control: [] };
  return listAssignments(db, { academicYearId: period.academicYearId }).map((assignment) => {
    const counts = { students: 0, suggested: 0, confirmed: 0, overridden: 0, missing: 0 };
    const journalMarks = marks.get(assignment.id);
    const journalGrades = stored.get(assignment.id);
    for (const studentId of classStudents.get(assignment.classId) ?? []) {
      const grade = journalGrades?.get(studentId);
      const suggested = suggestion(country, journalMarks?.get(studentId) ?? none, grade ? Number(grade.bump) : 0).grade;
      const final = parseFinal(grade?.final ?? null);
      counts.students += 1;
      if (suggested !== null) counts.suggested += 1;
      if (final === null) counts.missing += 1;
      else {
        counts.confirmed += 1;
        if (final !== suggested) counts.overridden += 1;
      }
    }
    return { assignmentId: assignment.id, classLabel: assignment.classLabel, subjectName: assignment.subjectName, teacherName: assignment.teacherName, ...counts };
  });
}
