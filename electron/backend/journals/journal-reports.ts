import type Database from 'better-sqlite3';
import type { AttendanceRow, CompletenessRow, LateEntry, SubjectAttendanceRow } from '../../../core/api/journals-api';
import { AppError } from '../../../core/errors';
import type { MethodParsedInput } from '../../../core/api/contract';
import { prepared } from '../db/prepared';
import { listAssignments } from '../teaching/teaching-repository';
import { requirePeriod } from './journal-periods';
import { studentsOfClassBetween } from './mark-repository';

interface Counts {
  lessonsHeld: number;
  missingTopics: number;
  lessonsWithoutMarks: number;
  lateEntries: number;
  studentsWithoutGrade: number;
}

/**
 * The completeness report of DESIGN §7 for a period, per journal: lessons held up to today (or the period's end),
 * those without a topic, those without a single mark or attendance entry, entries made after their deadline, and
 * students of the class without a final period grade. The last count starts from the class's enrollments: from the
 * students' table it scanned the whole school once per journal (14 s for the demo's 851 journals).
 */
export function completenessReport(db: Database.Database, input: MethodParsedInput<'journals.completeness'>, today: string): CompletenessRow[] {
  const period = requirePeriod(db, input.periodId);
  const held = today < period.end ? today : period.end;
  const counts = prepared(
    db,
    `SELECT
       (SELECT count(*) FROM lessons l WHERE l.assignment_id = @id AND l.deleted = 0 AND l.cancelled = 0 AND l.date BETWEEN @start AND @held) AS lessonsHeld,
       (SELECT count(*) FROM lessons l WHERE l.assignment_id = @id AND l.deleted = 0 AND l.cancelled = 0 AND l.date BETWEEN @start AND @held
          AND l.topic = '') AS missingTopics,
       (SELECT count(*) FROM lessons l WHERE l.assignment_id = @id AND l.deleted = 0 AND l.cancelled = 0 AND l.date BETWEEN @start AND @held
          AND NOT EXISTS (SELECT 1 FROM marks m WHERE m.lesson_id = l.id AND m.deleted = 0)) AS lessonsWithoutMarks,
       (SELECT count(*) FROM lessons l WHERE l.assignment_id = @id AND l.deleted = 0 AND l.date BETWEEN @start AND @end
          AND l.topic_timeliness IN ('late', 'needs_permission'))
       + (SELECT count(*) FROM marks m JOIN lessons l ON l.id = m.lesson_id WHERE l.assignment_id = @id AND l.deleted = 0 AND m.deleted = 0
          AND l.date BETWEEN @start AND @end AND m.timeliness <> 'on_time') AS lateEntries,
       (SELECT count(DISTINCT e.student_id) FROM enrollments e JOIN students s ON s.id = e.student_id AND s.deleted = 0
          WHERE e.class_id = @classId AND e.deleted = 0 AND e.from_date <= @end AND (e.to_date IS NULL OR e.to_date > @start)
          AND NOT EXISTS (SELECT 1 FROM period_grades g WHERE g.assignment_id = @id AND g.student_id = e.student_id AND g.scope = 'period'
                          AND g.period_id = @periodId AND g.deleted = 0 AND g.final IS NOT NULL)) AS studentsWithoutGrade`,
  );
  return listAssignments(db, { academicYearId: period.academicYearId, classId: input.classId, teacherId: input.teacherId }).map((a) => ({
    assignmentId: a.id,
    classLabel: a.classLabel,
    subjectName: a.subjectName,
    teacherId: a.teacherId,
    teacherName: a.teacherName,
    ...(counts.get({ id: a.id, classId: a.classId, periodId: period.id, start: period.start, end: period.end, held }) as Counts),
  }));
}

/**
 * A class's attendance from `from` to `to` over every subject: lessons missed (absent or excused), excused, late.
 * CROSS JOIN keeps SQLite's join order, the class's journals first: left to choose, it scanned every mark of the
 * school by student for the GROUP BY (350 ms with the demo's journals, where this order takes 2 ms).
 */
export function attendanceReport(db: Database.Database, classId: string, from: string, to: string): AttendanceRow[] {
  const rows = prepared(
    db,
    `SELECT m.student_id AS studentId,
       sum(m.attendance IN ('absent', 'excused')) AS missed, sum(m.attendance = 'excused') AS excused, sum(m.attendance = 'late') AS late
     FROM assignments a CROSS JOIN lessons l ON l.assignment_id = a.id CROSS JOIN marks m ON m.lesson_id = l.id
     WHERE a.class_id = ? AND l.deleted = 0 AND l.cancelled = 0 AND m.deleted = 0 AND l.date BETWEEN ? AND ?
     GROUP BY m.student_id`,
  ).all(classId, from, to) as { studentId: string; missed: number; excused: number; late: number }[];
  const byStudent = new Map(rows.map((row) => [row.studentId, row]));
  return studentsOfClassBetween(db, classId, from, to).map(({ studentId, name }) => {
    const row = byStudent.get(studentId);
    return { studentId, name, missed: row?.missed ?? 0, excused: row?.excused ?? 0, late: row?.late ?? 0 };
  });
}

/**
 * One student's lessons missed, excused and late in a class's journals over a span, by subject (those with at least
 * one lesson held in it), by subject name. NOT_FOUND unless the student was in the class during the span. The class's
 * journals first (CROSS JOIN), not a scan of every lesson of the school.
 */
export function studentAttendanceBySubject(db: Database.Database, classId: string, studentId: string, from: string, to: string): SubjectAttendanceRow[] {
  if (!studentsOfClassBetween(db, classId, from, to).some((s) => s.studentId === studentId)) throw new AppError('NOT_FOUND', { entity: 'student' });
  return prepared(
    db,
    `SELECT s.id AS subjectId, s.name AS subjectName,
       coalesce(sum(m.attendance IN ('absent', 'excused')), 0) AS missed, coalesce(sum(m.attendance = 'excused'), 0) AS excused,
       coalesce(sum(m.attendance = 'late'), 0) AS late
     FROM assignments a CROSS JOIN lessons l ON l.assignment_id = a.id JOIN subjects s ON s.id = a.subject_id
     LEFT JOIN marks m ON m.lesson_id = l.id AND m.student_id = @studentId AND m.deleted = 0
     WHERE a.class_id = @classId AND l.deleted = 0 AND l.cancelled = 0 AND l.date BETWEEN @from AND @to
     GROUP BY s.id ORDER BY s.name`,
  ).all({ classId, studentId, from, to }) as SubjectAttendanceRow[];
}

/**
 * The late entries of one journal in a period (those the completeness report counts): topics and marks entered after
 * their deadline, with who last wrote them and on which day. Cleared marks are gone from the record and the list.
 */
export function lateEntries(db: Database.Database, assignmentId: string, periodId: string): LateEntry[] {
  const period = requirePeriod(db, periodId);
  return prepared(
    db,
    `SELECT lessonId, lessonDate, what, studentName, value, timeliness, enteredOn, enteredBy FROM (
       SELECT l.id AS lessonId, l.date AS lessonDate, 'topic' AS what, NULL AS studentName, NULL AS value, l.topic_timeliness AS timeliness,
              l.topic_entered_on AS enteredOn, coalesce(u.full_name, l.updated_by) AS enteredBy, l.lesson_number AS lessonNumber
         FROM lessons l LEFT JOIN users u ON u.id = l.updated_by
        WHERE l.assignment_id = @id AND l.deleted = 0 AND l.date BETWEEN @start AND @end AND l.topic_timeliness IN ('late', 'needs_permission')
       UNION ALL
       SELECT l.id, l.date, m.kind, trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name), m.value, m.timeliness, m.entered_on,
              coalesce(u.full_name, m.updated_by), l.lesson_number
         FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN students s ON s.id = m.student_id LEFT JOIN users u ON u.id = m.updated_by
        WHERE l.assignment_id = @id AND l.deleted = 0 AND m.deleted = 0 AND l.date BETWEEN @start AND @end AND m.timeliness <> 'on_time')
     ORDER BY lessonDate DESC, lessonNumber DESC, what DESC, studentName
     LIMIT 5000`,
  ).all({ id: assignmentId, start: period.start, end: period.end }) as LateEntry[];
}
