import type Database from 'better-sqlite3';
import type { JournalGrid } from '../../../core/api/journals-api';
import type { User } from '../../../core/api/auth-api';
import type { MethodParsedInput } from '../../../core/api/contract';
import { computePeriodGrade } from '../../../core/grading/period-grade';
import { addDays } from '../../../core/rules/calendar';
import { journalOf } from './journal-access';
import { periodOfDate, requirePeriod } from './journal-periods';
import { lessonsBetween } from './lesson-repository';
import { marksBetween, marksByStudent, studentsOfClassBetween } from './mark-repository';
import { isPeriodClosed, journalUnlocked } from './period-locks';

function monthSpan(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

function periodSpan(period: { start: string; end: string }): { from: string; to: string } {
  return { from: period.start, to: period.end };
}

/**
 * Students × lessons of one journal for a month or a period, each row with the average and suggested grade of the
 * period the span begins in (over all that period's marks, not only the span's).
 */
export function journalGrid(db: Database.Database, user: User, input: MethodParsedInput<'journals.grid'>, now: Date): JournalGrid {
  const journal = journalOf(db, user, input.assignmentId, 'read');
  const { from, to } = 'month' in input.span ? monthSpan(input.span.month) : periodSpan(requirePeriod(db, input.span.periodId));
  const lessons = lessonsBetween(db, journal.id, from, to);
  const students = studentsOfClassBetween(db, journal.classId, from, to);
  const column = new Map(lessons.map((lesson, index) => [lesson.id, index]));
  const cells = new Map<string, JournalGrid['rows'][number]['cells']>(students.map((s) => [s.studentId, lessons.map(() => null)]));
  for (const mark of marksBetween(db, journal.id, from, to)) {
    const row = cells.get(mark.studentId);
    const index = column.get(mark.lessonId);
    if (row && index !== undefined) row[index] = { value: mark.value, attendance: mark.attendance };
  }
  const period = periodOfDate(db, journal.academicYearId, from) ?? (lessons[0] ? periodOfDate(db, journal.academicYearId, lessons[0].date) : null);
  const periodMarks = period ? marksByStudent(db, journal.id, period.start, period.end) : new Map<string, { current: number[]; control: number[] }>();
  const rows = students.map((student) => {
    const result = computePeriodGrade(periodMarks.get(student.studentId) ?? { current: [], control: [] }, journal.country);
    return {
      studentId: student.studentId,
      name: student.name,
      cells: cells.get(student.studentId) ?? [],
      average: result.ok ? result.average : null,
      suggested: result.ok ? result.grade : null,
    };
  });
  const lockedLessonIds = lessons
    .filter((lesson) => {
      const of = periodOfDate(db, journal.academicYearId, lesson.date);
      return of !== null && isPeriodClosed(db, of.id) && !journalUnlocked(db, of.id, journal.classId, journal.subjectId, now);
    })
    .map((lesson) => lesson.id);
  return {
    assignmentId: journal.id,
    classLabel: journal.classLabel,
    subjectName: journal.subjectName,
    country: journal.country,
    lessons,
    rows,
    lockedLessonIds,
  };
}
