import type Database from 'better-sqlite3';
import type { Attendance, Mark, MarkKind } from '../../../core/journals/journal-entities';
import { prepared } from '../db/prepared';

export interface StoredMark extends Mark {
  id: string;
}

const selectMark = `SELECT id, lesson_id AS lessonId, student_id AS studentId, value, kind, attendance, note, timeliness FROM marks`;

export function findMark(db: Database.Database, lessonId: string, studentId: string): StoredMark | null {
  return (prepared(db, `${selectMark} WHERE lesson_id = ? AND student_id = ? AND deleted = 0`).get(lessonId, studentId) as StoredMark | undefined) ?? null;
}

export interface MarkWrite extends StoredMark {
  enteredOn: string;
  unlockId: string | null;
}

/** A new mark, or a cleared cell's tombstone (its id is the cell's, db/natural-id.ts) filled in again. */
export function insertMark(db: Database.Database, mark: MarkWrite, at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO marks (id, lesson_id, student_id, value, kind, attendance, note, entered_on, timeliness, unlock_id, updated_at, updated_by)
     VALUES (@id, @lessonId, @studentId, @value, @kind, @attendance, @note, @enteredOn, @timeliness, @unlockId, @stamp, @userId)
     ON CONFLICT (id) DO UPDATE SET value = @value, kind = @kind, attendance = @attendance, note = @note, entered_on = @enteredOn,
       timeliness = @timeliness, unlock_id = @unlockId, deleted = 0, change_count = change_count + 1, updated_at = @stamp, updated_by = @userId`,
  ).run({ ...mark, stamp: at.toISOString(), userId });
}

export function updateMark(db: Database.Database, mark: MarkWrite, at: Date, userId: string): void {
  prepared(
    db,
    `UPDATE marks SET value = @value, kind = @kind, attendance = @attendance, note = @note, entered_on = @enteredOn, timeliness = @timeliness,
       unlock_id = @unlockId, change_count = change_count + 1, updated_at = @stamp, updated_by = @userId WHERE id = @id`,
  ).run({ ...mark, stamp: at.toISOString(), userId });
}

/** A cleared cell: a tombstone, since synced rows are never removed. */
export function deleteMark(db: Database.Database, id: string, unlockId: string | null, at: Date, userId: string): void {
  prepared(db, 'UPDATE marks SET deleted = 1, unlock_id = ?, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?').run(
    unlockId,
    at.toISOString(),
    userId,
    id,
  );
}

export interface JournalMark {
  lessonId: string;
  studentId: string;
  value: number | null;
  kind: MarkKind;
  attendance: Attendance;
}

/** Marks of the journal's lessons from `from` to `to`, cancelled lessons left out. */
export function marksBetween(db: Database.Database, assignmentId: string, from: string, to: string): JournalMark[] {
  return prepared(
    db,
    `SELECT m.lesson_id AS lessonId, m.student_id AS studentId, m.value, m.kind, m.attendance
     FROM lessons l JOIN marks m ON m.lesson_id = l.id AND m.deleted = 0
     WHERE l.assignment_id = ? AND l.deleted = 0 AND l.cancelled = 0 AND l.date BETWEEN ? AND ?`,
  ).all(assignmentId, from, to) as JournalMark[];
}

/** Each student's marks (values only) of the span, split by kind: what a period grade is computed from. */
export function marksByStudent(db: Database.Database, assignmentId: string, from: string, to: string): Map<string, { current: number[]; control: number[] }> {
  const out = new Map<string, { current: number[]; control: number[] }>();
  for (const mark of marksBetween(db, assignmentId, from, to)) {
    if (mark.value === null) continue;
    let entry = out.get(mark.studentId);
    if (!entry) {
      entry = { current: [], control: [] };
      out.set(mark.studentId, entry);
    }
    entry[mark.kind].push(mark.value);
  }
  return out;
}

export interface JournalStudent {
  studentId: string;
  name: string;
}

/**
 * Students in the class at some time from `from` to `to`, in alphabetical order. Starts from the class's enrollments
 * (indexed by class): scanning every card of the school for each journal made the school's period grades take seconds.
 */
export function studentsOfClassBetween(db: Database.Database, classId: string, from: string, to: string): JournalStudent[] {
  return prepared(
    db,
    `SELECT s.id AS studentId, trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS name
     FROM students s WHERE s.deleted = 0 AND s.id IN (
       SELECT e.student_id FROM enrollments e WHERE e.class_id = ? AND e.deleted = 0 AND e.from_date <= ? AND (e.to_date IS NULL OR e.to_date > ?))
     ORDER BY s.name_sort`,
  ).all(classId, to, from) as JournalStudent[];
}

export function studentInClassOn(db: Database.Database, classId: string, studentId: string, date: string): boolean {
  return (
    prepared(
      db,
      'SELECT 1 FROM enrollments e WHERE e.student_id = ? AND e.class_id = ? AND e.deleted = 0 AND e.from_date <= ? AND (e.to_date IS NULL OR e.to_date > ?)',
    ).get(studentId, classId, date, date) !== undefined
  );
}
