import type Database from 'better-sqlite3';
import type { Lesson } from '../../../core/journals/journal-entities';
import { prepared } from '../db/prepared';

interface LessonRow extends Omit<Lesson, 'cancelled'> {
  cancelled: number;
}

const selectLesson = `SELECT id, assignment_id AS assignmentId, date, lesson_number AS lessonNumber, topic, homework, kind, cancelled,
  topic_timeliness AS topicTimeliness FROM lessons`;

const toLesson = (row: LessonRow): Lesson => ({ ...row, cancelled: row.cancelled === 1 });

export function findLesson(db: Database.Database, id: string): Lesson | null {
  const row = prepared(db, `${selectLesson} WHERE id = ? AND deleted = 0`).get(id) as LessonRow | undefined;
  return row ? toLesson(row) : null;
}

/** The journal's lessons from `from` to `to` (inclusive), cancelled ones too, by date and number. */
export function lessonsBetween(db: Database.Database, assignmentId: string, from: string, to: string): Lesson[] {
  const rows = prepared(
    db,
    `${selectLesson} WHERE assignment_id = ? AND deleted = 0 AND date BETWEEN ? AND ? ORDER BY date, lesson_number`,
  ).all(assignmentId, from, to) as LessonRow[];
  return rows.map(toLesson);
}

/** Whether a lesson with this id is held, in any state (moved, cancelled, a tombstone). */
export function lessonExists(db: Database.Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM lessons WHERE id = ?').get(id) !== undefined;
}

export function lessonAt(db: Database.Database, assignmentId: string, date: string, lessonNumber: number): string | null {
  const row = prepared(db, 'SELECT id FROM lessons WHERE assignment_id = ? AND date = ? AND lesson_number = ? AND deleted = 0').get(assignmentId, date, lessonNumber) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}

export function insertLesson(db: Database.Database, lesson: Lesson, at: Date, userId: string): void {
  const stamp = at.toISOString();
  prepared(
    db,
    `INSERT INTO lessons (id, assignment_id, date, lesson_number, topic, homework, kind, cancelled, topic_timeliness, entered_at, entered_by, updated_at, updated_by)
     VALUES (@id, @assignmentId, @date, @lessonNumber, @topic, @homework, @kind, @cancelled, @topicTimeliness, @stamp, @userId, @stamp, @userId)`,
  ).run({ ...lesson, cancelled: lesson.cancelled ? 1 : 0, stamp, userId });
}

export function updateLesson(db: Database.Database, lesson: Lesson, topicEnteredOn: string | null, at: Date, userId: string): void {
  prepared(
    db,
    `UPDATE lessons SET date = @date, lesson_number = @lessonNumber, topic = @topic, homework = @homework, kind = @kind, cancelled = @cancelled,
       topic_timeliness = @topicTimeliness, topic_entered_on = coalesce(@topicEnteredOn, topic_entered_on),
       change_count = change_count + 1, updated_at = @stamp, updated_by = @userId
     WHERE id = @id`,
  ).run({ ...lesson, cancelled: lesson.cancelled ? 1 : 0, topicEnteredOn, stamp: at.toISOString(), userId });
}

export function lessonHasMarks(db: Database.Database, lessonId: string): boolean {
  return prepared(db, 'SELECT 1 FROM marks WHERE lesson_id = ? AND deleted = 0 LIMIT 1').get(lessonId) !== undefined;
}

/** A control lesson's marks are control marks: changing the lesson's kind changes its marks' kind. */
export function setMarksKind(db: Database.Database, lessonId: string, kind: 'current' | 'control', at: Date, userId: string): void {
  prepared(
    db,
    'UPDATE marks SET kind = ?, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE lesson_id = ? AND deleted = 0 AND kind <> ?',
  ).run(kind, at.toISOString(), userId, lessonId, kind);
}
