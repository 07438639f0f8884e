import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { User } from '../../../core/api/auth-api';
import {
  assignmentDataSchema,
  curriculumDataSchema,
  dayOffDataSchema,
  lessonDataSchema,
  markDataSchema,
  periodClosureDataSchema,
  periodGradeDataSchema,
  periodUnlockDataSchema,
  scheduleSlotDataSchema,
  subjectDataSchema,
} from '../../../core/sync/journal-wire-data';
import { appendAudit, type JournalAuditedEntity } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { prepared } from '../db/prepared';
import { periodOfDate } from '../journals/journal-periods';
import { pulledWriteAllowed, type WriteScope } from '../journals/period-locks';
import type { StoreOutcome } from './pulled-record';

/** The journal types of protocol v1, as pull stores them. */
export type JournalType = 'subject' | 'curriculum' | 'assignment' | 'scheduleSlot' | 'dayOff' | 'periodUnlock' | 'lesson' | 'mark' | 'periodGrade' | 'periodClosure';

/** How one journal type is stored: its table, the records it refers to (it waits for them) and its columns. */
interface JournalStore<S extends z.ZodType> {
  schema: S;
  table: string;
  entity: JournalAuditedEntity;
  refs(d: z.infer<S>): [table: string, id: string][];
  /** The live row that means the same thing (its unique key, e.g. a mark's lesson and student), when the table has one. */
  twin?: { where: string; key(d: z.infer<S>): (string | number | null)[] };
  columns(d: z.infer<S>, by: string): Record<string, string | number | null>;
}

function store<S extends z.ZodType>(definition: JournalStore<S>): JournalStore<S> {
  return definition;
}

const journalStores = {
  subject: store({ schema: subjectDataSchema, table: 'subjects', entity: 'subject', refs: () => [], twin: { where: 'name = ?', key: (d) => [d.name] }, columns: (d) => ({ name: d.name, short_name: d.shortName }) }),
  curriculum: store({
    schema: curriculumDataSchema,
    table: 'curriculum',
    entity: 'curriculum',
    refs: (d) => [['subjects', d.subjectId]],
    twin: { where: 'grade = ? AND subject_id = ?', key: (d) => [d.grade, d.subjectId] },
    columns: (d) => ({ grade: d.grade, subject_id: d.subjectId, hours_per_week: d.hoursPerWeek }),
  }),
  assignment: store({
    schema: assignmentDataSchema,
    table: 'assignments',
    entity: 'assignment',
    refs: (d) => [['staff', d.teacherId], ['classes', d.classId], ['subjects', d.subjectId]],
    columns: (d) => ({ teacher_id: d.teacherId, class_id: d.classId, subject_id: d.subjectId, hours_per_week: d.hoursPerWeek, group_label: d.groupLabel ?? null }),
  }),
  scheduleSlot: store({
    schema: scheduleSlotDataSchema,
    table: 'schedule_slots',
    entity: 'schedule_slot',
    refs: (d) => [['assignments', d.assignmentId]],
    columns: (d) => ({ assignment_id: d.assignmentId, weekday: d.weekday, lesson_number: d.lessonNumber, valid_from: d.validFrom, valid_to: d.validTo ?? null }),
  }),
  dayOff: store({
    schema: dayOffDataSchema,
    table: 'days_off',
    entity: 'day_off',
    refs: () => [],
    columns: (d) => ({ kind: d.kind, name: d.name, start_date: d.start, end_date: d.end }),
  }),
  periodUnlock: store({
    schema: periodUnlockDataSchema,
    table: 'period_unlocks',
    entity: 'period_unlock',
    refs: (d) => [['periods', d.periodId], ['classes', d.classId], ['subjects', d.subjectId], ...(d.studentId ? [['students', d.studentId] as [string, string]] : [])],
    // granted_by holds the granting person's name: the user id of another PC means nothing here (listUnlocks shows it as it is).
    columns: (d) => ({
      period_id: d.periodId,
      class_id: d.classId,
      subject_id: d.subjectId,
      student_id: d.studentId ?? null,
      reason: d.reason,
      granted_by: d.grantedBy,
      granted_at: d.grantedAt,
      until: d.until,
      revoked_at: d.revokedAt ?? null,
    }),
  }),
  lesson: store({
    schema: lessonDataSchema,
    table: 'lessons',
    entity: 'lesson',
    refs: (d) => [['assignments', d.assignmentId]],
    twin: { where: 'assignment_id = ? AND date = ? AND lesson_number = ?', key: (d) => [d.assignmentId, d.date, d.lessonNumber] },
    columns: (d, by) => ({
      assignment_id: d.assignmentId,
      date: d.date,
      lesson_number: d.lessonNumber,
      topic: d.topic,
      homework: d.homework,
      kind: d.kind,
      cancelled: d.cancelled ? 1 : 0,
      topic_entered_on: d.topicEnteredOn ?? null,
      topic_timeliness: d.topicTimeliness ?? null,
      entered_at: d.enteredAt,
      entered_by: by,
    }),
  }),
  mark: store({
    schema: markDataSchema,
    table: 'marks',
    entity: 'mark',
    refs: (d) => [['lessons', d.lessonId], ['students', d.studentId]],
    twin: { where: 'lesson_id = ? AND student_id = ?', key: (d) => [d.lessonId, d.studentId] },
    columns: (d) => ({
      lesson_id: d.lessonId,
      student_id: d.studentId,
      value: d.value,
      kind: d.kind,
      attendance: d.attendance,
      note: d.note,
      entered_on: d.enteredOn,
      timeliness: d.timeliness,
      unlock_id: d.unlockId ?? null,
    }),
  }),
  periodGrade: store({
    schema: periodGradeDataSchema,
    table: 'period_grades',
    entity: 'period_grade',
    refs: (d) => [['students', d.studentId], ['assignments', d.assignmentId], ...(d.periodId ? [['periods', d.periodId] as [string, string]] : [])],
    twin: { where: "assignment_id = ? AND student_id = ? AND scope = ? AND coalesce(period_id, '') = ?", key: (d) => [d.assignmentId, d.studentId, d.scope, d.periodId ?? ''] },
    columns: (d) => ({
      student_id: d.studentId,
      assignment_id: d.assignmentId,
      scope: d.scope,
      period_id: d.periodId ?? null,
      computed_average: d.computedAverage ?? null,
      computed_grade: d.computedGrade ?? null,
      bump: d.bump,
      final: d.final === undefined ? null : String(d.final),
      confirmed_at: d.confirmedAt ?? null,
      unlock_id: d.unlockId ?? null,
    }),
  }),
  periodClosure: store({
    schema: periodClosureDataSchema,
    table: 'period_closures',
    entity: 'period_closure',
    refs: (d) => [['periods', d.periodId]],
    twin: { where: 'period_id = ?', key: (d) => [d.periodId] },
    columns: (d) => ({ period_id: d.periodId, closed_at: d.closedAt, closed_by: d.closedBy }),
  }),
} satisfies Record<JournalType, JournalStore<z.ZodType>>;

function held(db: Database.Database, table: string, id: string): boolean {
  return prepared(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** The journal (class × subject of the year) an assignment is, when held here. */
function journalOfAssignment(db: Database.Database, assignmentId: string): { classId: string; subjectId: string; academicYearId: string } | null {
  const row = prepared(
    db,
    'SELECT a.class_id AS classId, a.subject_id AS subjectId, c.academic_year_id AS academicYearId FROM assignments a JOIN classes c ON c.id = a.class_id WHERE a.id = ?',
  ).get(assignmentId) as { classId: string; subjectId: string; academicYearId: string } | undefined;
  return row ?? null;
}

function scopeOfLesson(db: Database.Database, assignmentId: string, date: string, studentId: string | null): WriteScope | null {
  const journal = journalOfAssignment(db, assignmentId);
  const period = journal && periodOfDate(db, journal.academicYearId, date);
  return journal && period ? { periodId: period.id, classId: journal.classId, subjectId: journal.subjectId, studentId } : null;
}

function lastPeriodOfYear(db: Database.Database, academicYearId: string): string | null {
  const row = prepared(db, 'SELECT id FROM periods WHERE academic_year_id = ? AND deleted = 0 ORDER BY end_date DESC LIMIT 1').get(academicYearId) as { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * The closed-period scope a lesson, mark or grade falls in (null: none, or not a type that closes). A year grade locks
 * with the year's last period, as on the desktop (year-grades.ts).
 */
function lockScope(db: Database.Database, type: JournalType, data: unknown): { scope: WriteScope; unlockId: string | null } | null {
  if (type === 'lesson') {
    const d = lessonDataSchema.safeParse(data);
    const scope = d.success ? scopeOfLesson(db, d.data.assignmentId, d.data.date, null) : null;
    return scope && { scope, unlockId: null };
  }
  if (type === 'mark') {
    const d = markDataSchema.safeParse(data);
    const lesson = d.success ? (prepared(db, 'SELECT assignment_id AS assignmentId, date FROM lessons WHERE id = ?').get(d.data.lessonId) as { assignmentId: string; date: string } | undefined) : undefined;
    const scope = d.success && lesson ? scopeOfLesson(db, lesson.assignmentId, lesson.date, d.data.studentId) : null;
    return scope && d.success ? { scope, unlockId: d.data.unlockId ?? null } : null;
  }
  if (type === 'periodGrade') {
    const d = periodGradeDataSchema.safeParse(data);
    const journal = d.success && d.data.scope !== 'exam' ? journalOfAssignment(db, d.data.assignmentId) : null;
    if (!d.success || !journal) return null;
    const periodId = d.data.periodId ?? lastPeriodOfYear(db, journal.academicYearId);
    return periodId ? { scope: { periodId, classId: journal.classId, subjectId: journal.subjectId, studentId: d.data.studentId }, unlockId: d.data.unlockId ?? null } : null;
  }
  return null;
}

/** The wire data of a journal row held here (what a pulled tombstone is judged by). */
function heldData(db: Database.Database, type: 'lesson' | 'mark' | 'periodGrade', id: string): unknown {
  const query = {
    lesson: 'SELECT assignment_id AS assignmentId, date FROM lessons WHERE id = ?',
    mark: 'SELECT lesson_id AS lessonId, student_id AS studentId FROM marks WHERE id = ?',
    periodGrade: 'SELECT assignment_id AS assignmentId, student_id AS studentId, scope, period_id AS periodId FROM period_grades WHERE id = ?',
  }[type];
  return prepared(db, query).get(id);
}

function twinOf(db: Database.Database, definition: JournalStore<z.ZodType>, id: string, data: unknown): string | null {
  if (!definition.twin) return null;
  const row = prepared(db, `SELECT id FROM ${definition.table} WHERE ${definition.twin.where} AND deleted = 0 AND id != ?`).get(...definition.twin.key(data), id) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}

/**
 * "Take the server's" for a journal record entered on both PCs under different ids (the same mark, the same lesson):
 * this PC's own one becomes a tombstone (pushed on the next Sync all) so the server's can be stored.
 */
export function retireJournalTwin(db: Database.Database, user: User, type: JournalType, id: string, data: unknown, now: Date): void {
  const definition = journalStores[type] as JournalStore<z.ZodType>;
  const parsed = definition.schema.safeParse(data);
  const twin = parsed.success ? twinOf(db, definition, id, parsed.data) : null;
  if (!twin) return;
  prepared(db, `UPDATE ${definition.table} SET deleted = 1, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?`).run(now.toISOString(), user.id, twin);
  appendAudit(db, { at: now, user, entity: definition.entity, entityId: twin, action: 'delete', changes: [] });
}

export function isJournalType(type: string): type is JournalType {
  return Object.hasOwn(journalStores, type);
}

/**
 * Whether a pulled change of a lesson, mark or grade falls in a period this PC holds as closed with no unlock covering
 * it (DESIGN §7): such a change is not applied. Closures and unlocks themselves are always applied, in the order the
 * server handed them out (docs/decisions.md, "Journals in sync").
 */
export function refusedByClosure(db: Database.Database, type: JournalType, id: string, deleted: boolean, data: unknown, now: Date): boolean {
  if (type !== 'lesson' && type !== 'mark' && type !== 'periodGrade') return false;
  const judged = deleted ? heldData(db, type, id) : data;
  if (judged === undefined) return false;
  const lock = deleted ? lockScopeOfHeld(db, type, judged) : lockScope(db, type, judged);
  return lock !== null && !pulledWriteAllowed(db, lock.scope, lock.unlockId, now);
}

/** A held row read back with only the fields the scope needs: fill in the rest of its wire shape leniently. */
function lockScopeOfHeld(db: Database.Database, type: 'lesson' | 'mark' | 'periodGrade', held: unknown): { scope: WriteScope; unlockId: string | null } | null {
  const row = held as Record<string, string | null>;
  if (type === 'lesson') {
    const scope = scopeOfLesson(db, row.assignmentId ?? '', row.date ?? '', null);
    return scope && { scope, unlockId: null };
  }
  if (type === 'mark') {
    const lesson = prepared(db, 'SELECT assignment_id AS assignmentId, date FROM lessons WHERE id = ?').get(row.lessonId) as { assignmentId: string; date: string } | undefined;
    const scope = lesson ? scopeOfLesson(db, lesson.assignmentId, lesson.date, row.studentId ?? null) : null;
    return scope && { scope, unlockId: null };
  }
  const journal = row.scope === 'exam' ? null : journalOfAssignment(db, row.assignmentId ?? '');
  const periodId = journal && (row.periodId ?? lastPeriodOfYear(db, journal.academicYearId));
  return journal && periodId ? { scope: { periodId, classId: journal.classId, subjectId: journal.subjectId, studentId: row.studentId ?? null }, unlockId: null } : null;
}

/**
 * A journal record from another device, stored under its id with its columns, audited field by field. It waits while
 * a record it refers to has not arrived (a mark before its lesson, a lesson before its assignment).
 */
export function storePulledJournal(db: Database.Database, user: User, type: JournalType, id: string, rev: number, data: unknown, now: Date): StoreOutcome {
  const definition = journalStores[type] as JournalStore<z.ZodType>;
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) return 'invalid';
  if (definition.refs(parsed.data).some(([table, ref]) => !held(db, table, ref))) return 'waiting';
  if (twinOf(db, definition, id, parsed.data)) return 'twin';
  const columns = definition.columns(parsed.data, user.id);
  const names = Object.keys(columns);
  const before = prepared(db, `SELECT ${names.join(', ')} FROM ${definition.table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  prepared(
    db,
    `INSERT INTO ${definition.table} (id, ${names.join(', ')}, rev, sent_count, updated_at, updated_by)
     VALUES (@id, ${names.map((n) => `@${n}`).join(', ')}, @rev, 1, @at, @by)
     ON CONFLICT (id) DO UPDATE SET ${names.map((n) => `${n} = @${n}`).join(', ')}, rev = @rev, sent_count = change_count, deleted = 0, updated_at = @at, updated_by = @by`,
  ).run({ ...columns, id, rev, at: now.toISOString(), by: user.id });
  if (type === 'periodClosure') prepared(db, 'UPDATE periods SET closed = 1 WHERE id = ?').run(columns.period_id);
  appendAudit(db, { at: now, user, entity: definition.entity, entityId: id, action: before ? 'update' : 'create', changes: fieldChanges(before ?? null, columns) });
  return 'stored';
}
