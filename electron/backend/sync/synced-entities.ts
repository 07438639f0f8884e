import type Database from 'better-sqlite3';
import { syncedTypeSchema, type SyncedType } from '../../../core/sync/wire-data';
import { prepared } from '../db/prepared';

/**
 * The synced entity types of the protocol and where each lives locally. A change leaves the device as
 * `{ type, id, baseRev, deleted, data }`; `data` is the card JSON for cards and a small record for the
 * academic structure (DESIGN §5 wire data).
 */
export const syncedTypes = syncedTypeSchema.options;

export const syncedTable: Readonly<Record<SyncedType, string>> = {
  academicYear: 'academic_years',
  period: 'periods',
  order: 'orders',
  staff: 'staff',
  class: 'classes',
  student: 'students',
  enrollment: 'enrollments',
  document: 'documents',
  subject: 'subjects',
  curriculum: 'curriculum',
  assignment: 'assignments',
  scheduleSlot: 'schedule_slots',
  dayOff: 'days_off',
  periodUnlock: 'period_unlocks',
  lesson: 'lessons',
  mark: 'marks',
  periodGrade: 'period_grades',
  periodClosure: 'period_closures',
};

/**
 * An unsent local change, with the change counter it was read at (what "sent" will mean once answered). `dataJson`
 * is its wire data as JSON text, ready to go into the body as it is.
 */
export interface OutgoingChange {
  type: SyncedType;
  id: string;
  rowId: number;
  baseRev: number | null;
  deleted: boolean;
  dataJson: string;
  changeCount: number;
}

interface UnsentRow {
  row_id: number;
  id: string;
  rev: number | null;
  deleted: number;
  change_count: number;
  data: string;
}

/**
 * SQL that reads one type's unsent rows with their wire data as JSON text. The wire data has optional fields, never
 * null ones: json_patch onto {} drops the members whose value is null (RFC 7396), item by item for order items; a mark's
 * `value` is the one null the wire data holds (a cell with attendance only). Cards are stored as
 * their schema's output, which holds no null.
 */
const unsentQuery: Readonly<Record<SyncedType, string>> = {
  academicYear: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count, json_object('label', s.name, 'start', s.start_date, 'end', s.end_date) AS data
    FROM academic_years s`,
  period: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_object('academicYear', y.name, 'kind', s.kind, 'number', s.number, 'name', s.name, 'start', s.start_date, 'end', s.end_date,
        'closed', json(CASE s.closed WHEN 1 THEN 'true' ELSE 'false' END)) AS data
    FROM periods s JOIN academic_years y ON y.id = s.academic_year_id`,
  order: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_patch('{}', json_object('academicYear', s.academic_year, 'number', s.number, 'date', s.date, 'kind', s.kind, 'enteredOn', s.entered_on,
        'yearEndOf', s.year_end_of, 'basis', json(s.basis), 'revokesOrderId', s.revokes_order_id,
        'items', (SELECT json_group_array(json_patch('{}', json_object('studentId', i.student_id, 'fromClassId', i.from_class_id,
            'toClassId', i.to_class_id, 'reason', i.reason, 'destinationSchool', i.destination_school)))
          FROM (SELECT * FROM order_items WHERE order_id = s.id ORDER BY position) i))) AS data
    FROM orders s`,
  staff: 'SELECT rowid AS row_id, id, rev, deleted, change_count, data FROM staff s',
  student: 'SELECT rowid AS row_id, id, rev, deleted, change_count, data FROM students s',
  class: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_patch('{}', json_object('academicYear', y.name, 'grade', s.grade, 'label', s.label, 'homeroomTeacherId', s.homeroom_teacher_id)) AS data
    FROM classes s JOIN academic_years y ON y.id = s.academic_year_id`,
  enrollment: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_patch('{}', json_object('studentId', s.student_id, 'classId', s.class_id, 'from', s.from_date, 'to', s.to_date, 'reason', s.reason,
        'orderId', s.order_id)) AS data
    FROM enrollments s`,
  document: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_object('code', s.code, 'kind', s.kind, 'title', s.title, 'pages', s.pages, 'printedAt', s.printed_at, 'printedBy', s.printed_by,
        'sha256', s.sha256) AS data
    FROM documents s`,
  subject: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count, json_object('name', s.name, 'shortName', s.short_name) AS data FROM subjects s`,
  curriculum: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count, json_object('grade', s.grade, 'subjectId', s.subject_id, 'hoursPerWeek', s.hours_per_week) AS data
    FROM curriculum s`,
  assignment: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_patch('{}', json_object('teacherId', s.teacher_id, 'classId', s.class_id, 'subjectId', s.subject_id, 'hoursPerWeek', s.hours_per_week,
        'groupLabel', s.group_label)) AS data
    FROM assignments s`,
  scheduleSlot: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_patch('{}', json_object('assignmentId', s.assignment_id, 'weekday', s.weekday, 'lessonNumber', s.lesson_number, 'validFrom', s.valid_from,
        'validTo', s.valid_to)) AS data
    FROM schedule_slots s`,
  dayOff: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count, json_object('kind', s.kind, 'name', s.name, 'start', s.start_date, 'end', s.end_date) AS data
    FROM days_off s`,
  periodUnlock: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_patch('{}', json_object('periodId', s.period_id, 'classId', s.class_id, 'subjectId', s.subject_id, 'studentId', s.student_id, 'reason', s.reason,
        'grantedBy', coalesce((SELECT full_name FROM users WHERE id = s.granted_by), s.granted_by), 'grantedAt', s.granted_at, 'until', s.until,
        'revokedAt', s.revoked_at)) AS data
    FROM period_unlocks s`,
  lesson: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_patch('{}', json_object('assignmentId', s.assignment_id, 'date', s.date, 'lessonNumber', s.lesson_number, 'topic', s.topic, 'homework', s.homework,
        'kind', s.kind, 'cancelled', json(CASE s.cancelled WHEN 1 THEN 'true' ELSE 'false' END), 'topicEnteredOn', s.topic_entered_on,
        'topicTimeliness', s.topic_timeliness, 'enteredAt', s.entered_at)) AS data
    FROM lessons s`,
  // Built with json_object alone (a third of the patched form's cost: the year's journals are mostly marks); the
  // unlock is a mark's only optional field.
  mark: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      CASE WHEN s.unlock_id IS NULL
        THEN json_object('lessonId', s.lesson_id, 'studentId', s.student_id, 'kind', s.kind, 'attendance', s.attendance, 'note', s.note,
          'enteredOn', s.entered_on, 'timeliness', s.timeliness, 'value', s.value)
        ELSE json_object('lessonId', s.lesson_id, 'studentId', s.student_id, 'kind', s.kind, 'attendance', s.attendance, 'note', s.note,
          'enteredOn', s.entered_on, 'timeliness', s.timeliness, 'unlockId', s.unlock_id, 'value', s.value)
      END AS data
    FROM marks s`,
  periodGrade: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_patch('{}', json_object('studentId', s.student_id, 'assignmentId', s.assignment_id, 'scope', s.scope, 'periodId', s.period_id,
        'computedAverage', s.computed_average, 'computedGrade', s.computed_grade, 'bump', s.bump,
        'final', CASE WHEN s.final GLOB '[0-9]*' THEN CAST(s.final AS INTEGER) ELSE s.final END, 'confirmedAt', s.confirmed_at, 'unlockId', s.unlock_id)) AS data
    FROM period_grades s`,
  periodClosure: `SELECT s.rowid AS row_id, s.id, s.rev, s.deleted, s.change_count,
      json_object('periodId', s.period_id, 'closedAt', s.closed_at, 'closedBy', coalesce((SELECT full_name FROM users WHERE id = s.closed_by), s.closed_by)) AS data
    FROM period_closures s`,
};

/**
 * How far a pass over the unsent rows has read, per type (rowid; none: from the start). Every row up to it was either
 * put in a batch or not unsent when read; so a batch read after it never holds a row of a batch still unanswered.
 */
export type ReadPositions = Map<SyncedType, number>;

/**
 * Up to `limit` unsent changes after `positions` (which it moves on past them), in the order of syncedTypes, so what a
 * record refers to goes first. Rows with an open conflict wait for the user's decision.
 */
export function collectUnsent(db: Database.Database, limit: number, positions: ReadPositions = new Map()): OutgoingChange[] {
  const changes: OutgoingChange[] = [];
  for (const type of syncedTypes) {
    const room = limit - changes.length;
    if (room <= 0) break;
    const rows = prepared(
      db,
      `${unsentQuery[type]} WHERE s.rowid > ? AND s.change_count > s.sent_count
         AND NOT EXISTS (SELECT 1 FROM sync_conflicts k WHERE k.entity_type = '${type}' AND k.entity_id = s.id)
       ORDER BY s.rowid LIMIT ?`,
    ).all(positions.get(type) ?? 0, room) as UnsentRow[];
    for (const row of rows) {
      changes.push({ type, id: row.id, rowId: row.row_id, baseRev: row.rev, deleted: row.deleted === 1, dataJson: row.data, changeCount: row.change_count });
    }
    // A type read to its end is not scanned again in this pass: a row written later lies after the table's last one.
    const position = rows.length < room ? (prepared(db, `SELECT max(rowid) FROM ${syncedTable[type]}`).pluck().get() as number | null) : rows.at(-1)?.row_id;
    if (position !== null && position !== undefined) positions.set(type, position);
  }
  return changes;
}

/** Where a record lives in its table (rowid), if it still does. */
export function rowIdOf(db: Database.Database, type: SyncedType, id: string): number | undefined {
  return prepared(db, `SELECT rowid FROM ${syncedTable[type]} WHERE id = ?`).pluck().get(id) as number | undefined;
}

/** The read positions just past the given records (those of batches written before this run and still unanswered). */
export function positionsPast(db: Database.Database, records: readonly { type: SyncedType; id: string; rowId?: number | undefined }[]): ReadPositions {
  const positions: ReadPositions = new Map();
  for (const record of records) {
    const { type } = record;
    const rowId = record.rowId ?? rowIdOf(db, type, record.id);
    if (rowId !== undefined) positions.set(type, Math.max(positions.get(type) ?? 0, rowId));
  }
  return positions;
}

export function countUnsent(db: Database.Database): number {
  return syncedTypes.reduce(
    (sum, type) => sum + (prepared(db, `SELECT count(*) AS n FROM ${syncedTable[type]} WHERE change_count > sent_count`).get() as { n: number }).n,
    0,
  );
}

/**
 * One answered change of a batch: its id and rowid, the revision the server gave it (null: refused, it keeps its
 * own), the change counter it was read at.
 */
export type SentRow = readonly [id: string, rev: number | null, changeCount: number, rowId: number];

/**
 * The server answered these changes of one type as they were when read: each counts as sent unless edited again
 * meanwhile. One statement for the whole batch's rows of the type, found by rowid (the batch's rows lie together in
 * the table, where ids are random) and checked by id.
 */
export function markSent(db: Database.Database, type: SyncedType, rows: readonly SentRow[]): void {
  prepared(
    db,
    `UPDATE ${syncedTable[type]} AS s SET rev = coalesce(j.value ->> 1, s.rev), sent_count = max(s.sent_count, j.value ->> 2)
     FROM json_each(?) AS j WHERE s.rowid = j.value ->> 3 AND s.id = j.value ->> 0`,
  ).run(JSON.stringify(rows));
}
