import type Database from 'better-sqlite3';
import type { AssignmentView, CurriculumEntry, ScheduleSlot, Subject } from '../../../core/api/teaching-api';
import { prepared } from '../db/prepared';

export function listSubjects(db: Database.Database): Subject[] {
  return prepared(db, 'SELECT id, name, short_name AS shortName FROM subjects WHERE deleted = 0 ORDER BY name').all() as Subject[];
}

export function findSubject(db: Database.Database, id: string): Subject | null {
  return (prepared(db, 'SELECT id, name, short_name AS shortName FROM subjects WHERE id = ? AND deleted = 0').get(id) as Subject | undefined) ?? null;
}

/** Whether a subject with this id is held, removed ones too. */
export function subjectExists(db: Database.Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM subjects WHERE id = ?').get(id) !== undefined;
}

/** Whether a curriculum entry with this id is held, removed ones (a tombstone) too. */
export function curriculumEntryExists(db: Database.Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM curriculum WHERE id = ?').get(id) !== undefined;
}

export function subjectIdByName(db: Database.Database, name: string): string | null {
  const row = prepared(db, 'SELECT id FROM subjects WHERE name = ? AND deleted = 0').get(name) as { id: string } | undefined;
  return row?.id ?? null;
}

export function insertSubject(db: Database.Database, subject: Subject, at: Date, userId: string): void {
  prepared(db, 'INSERT INTO subjects (id, name, short_name, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)').run(
    subject.id,
    subject.name,
    subject.shortName,
    at.toISOString(),
    userId,
  );
}

export function updateSubject(db: Database.Database, subject: Subject, at: Date, userId: string): void {
  prepared(
    db,
    'UPDATE subjects SET name = ?, short_name = ?, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?',
  ).run(subject.name, subject.shortName, at.toISOString(), userId, subject.id);
}

export function listCurriculum(db: Database.Database): CurriculumEntry[] {
  return prepared(
    db,
    `SELECT c.id, c.grade, c.subject_id AS subjectId, s.name AS subjectName, c.hours_per_week AS hoursPerWeek
     FROM curriculum c JOIN subjects s ON s.id = c.subject_id WHERE c.deleted = 0 ORDER BY c.grade, s.name`,
  ).all() as CurriculumEntry[];
}

export function findCurriculumEntry(db: Database.Database, grade: number, subjectId: string): { id: string; hoursPerWeek: number } | null {
  const row = prepared(db, 'SELECT id, hours_per_week AS hoursPerWeek FROM curriculum WHERE grade = ? AND subject_id = ? AND deleted = 0').get(grade, subjectId) as
    | { id: string; hoursPerWeek: number }
    | undefined;
  return row ?? null;
}

export function insertCurriculumEntry(db: Database.Database, entry: { id: string; grade: number; subjectId: string; hoursPerWeek: number }, at: Date, userId: string): void {
  prepared(db, 'INSERT INTO curriculum (id, grade, subject_id, hours_per_week, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.id,
    entry.grade,
    entry.subjectId,
    entry.hoursPerWeek,
    at.toISOString(),
    userId,
  );
}

/** Sets the hours, or with `deleted` leaves a tombstone (synced rows are never removed). */
export function updateCurriculumEntry(db: Database.Database, id: string, hoursPerWeek: number, deleted: boolean, at: Date, userId: string): void {
  prepared(
    db,
    'UPDATE curriculum SET hours_per_week = ?, deleted = ?, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?',
  ).run(hoursPerWeek, deleted ? 1 : 0, at.toISOString(), userId, id);
}

const selectAssignment = `SELECT a.id, a.teacher_id AS teacherId,
    trim(t.last_name || ' ' || t.first_name || ' ' || t.middle_name) AS teacherName,
    a.class_id AS classId, c.label AS classLabel, c.grade, c.academic_year_id AS academicYearId,
    a.subject_id AS subjectId, s.name AS subjectName, a.hours_per_week AS hoursPerWeek, a.group_label AS groupLabel
  FROM assignments a JOIN staff t ON t.id = a.teacher_id JOIN classes c ON c.id = a.class_id JOIN subjects s ON s.id = a.subject_id`;

export function findAssignment(db: Database.Database, id: string): AssignmentView | null {
  return (prepared(db, `${selectAssignment} WHERE a.id = ? AND a.deleted = 0`).get(id) as AssignmentView | undefined) ?? null;
}

export function listAssignments(db: Database.Database, filter: { academicYearId?: string | undefined; classId?: string | undefined; teacherId?: string | undefined }): AssignmentView[] {
  return prepared(
    db,
    `${selectAssignment} WHERE a.deleted = 0
       AND (@year IS NULL OR c.academic_year_id = @year) AND (@class IS NULL OR a.class_id = @class) AND (@teacher IS NULL OR a.teacher_id = @teacher)
     ORDER BY teacherName, c.grade, c.label, s.name`,
  ).all({ year: filter.academicYearId ?? null, class: filter.classId ?? null, teacher: filter.teacherId ?? null }) as AssignmentView[];
}

export interface AssignmentRow {
  id: string;
  teacherId: string;
  classId: string;
  subjectId: string;
  hoursPerWeek: number;
  groupLabel: string | null;
}

export function insertAssignment(db: Database.Database, row: AssignmentRow, at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO assignments (id, teacher_id, class_id, subject_id, hours_per_week, group_label, updated_at, updated_by)
     VALUES (@id, @teacherId, @classId, @subjectId, @hoursPerWeek, @groupLabel, @at, @userId)`,
  ).run({ ...row, at: at.toISOString(), userId });
}

export function updateAssignment(db: Database.Database, row: AssignmentRow, at: Date, userId: string): void {
  prepared(
    db,
    `UPDATE assignments SET teacher_id = @teacherId, class_id = @classId, subject_id = @subjectId, hours_per_week = @hoursPerWeek,
       group_label = @groupLabel, change_count = change_count + 1, updated_at = @at, updated_by = @userId WHERE id = @id`,
  ).run({ ...row, at: at.toISOString(), userId });
}

export function markDeleted(db: Database.Database, table: 'assignments' | 'schedule_slots', id: string, at: Date, userId: string): void {
  prepared(db, `UPDATE ${table} SET deleted = 1, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?`).run(at.toISOString(), userId, id);
}

export function assignmentHasLessons(db: Database.Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM lessons WHERE assignment_id = ? AND deleted = 0 LIMIT 1').get(id) !== undefined;
}

const selectSlot = `SELECT id, assignment_id AS assignmentId, weekday, lesson_number AS lessonNumber, valid_from AS validFrom, valid_to AS validTo
  FROM schedule_slots`;

export function findSlot(db: Database.Database, id: string): ScheduleSlot | null {
  return (prepared(db, `${selectSlot} WHERE id = ? AND deleted = 0`).get(id) as ScheduleSlot | undefined) ?? null;
}

export function slotsOfAssignment(db: Database.Database, assignmentId: string): ScheduleSlot[] {
  return prepared(db, `${selectSlot} WHERE assignment_id = ? AND deleted = 0 ORDER BY weekday, lesson_number`).all(assignmentId) as ScheduleSlot[];
}

export function slotsOfAssignments(db: Database.Database, assignmentIds: readonly string[], on: string | null): ScheduleSlot[] {
  if (assignmentIds.length === 0) return [];
  return prepared(
    db,
    `${selectSlot} WHERE deleted = 0 AND assignment_id IN (SELECT value FROM json_each(@ids))
       AND (@on IS NULL OR (valid_from <= @on AND (valid_to IS NULL OR valid_to >= @on)))
     ORDER BY weekday, lesson_number`,
  ).all({ ids: JSON.stringify(assignmentIds), on }) as ScheduleSlot[];
}

export function insertSlot(db: Database.Database, slot: ScheduleSlot, at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO schedule_slots (id, assignment_id, weekday, lesson_number, valid_from, valid_to, updated_at, updated_by)
     VALUES (@id, @assignmentId, @weekday, @lessonNumber, @validFrom, @validTo, @at, @userId)`,
  ).run({ ...slot, at: at.toISOString(), userId });
}

export function updateSlot(db: Database.Database, slot: ScheduleSlot, at: Date, userId: string): void {
  prepared(
    db,
    `UPDATE schedule_slots SET assignment_id = @assignmentId, weekday = @weekday, lesson_number = @lessonNumber, valid_from = @validFrom,
       valid_to = @validTo, change_count = change_count + 1, updated_at = @at, updated_by = @userId WHERE id = @id`,
  ).run({ ...slot, at: at.toISOString(), userId });
}

export function staffExists(db: Database.Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM staff WHERE id = ? AND deleted = 0').get(id) !== undefined;
}
