import type Database from 'better-sqlite3';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import { prepared } from '../db/prepared';
import type { ServerRecord } from '../../../core/sync/push';
import { applyPulledChange, syncUser } from './apply-pulled';
import { isJournalType, retireJournalTwin } from './pulled-journals';
import { syncedTable } from './synced-entities';

interface ConflictRow {
  type: MethodParsedInput<'sync.resolveConflict'>['type'];
  id: string;
  server: string;
  detectedAt: string;
}

/** How the conflict list names a record: a person by name, the academic structure by what the office calls it. */
const nameQuery: Readonly<Record<ConflictRow['type'], string>> = {
  student: "SELECT trim(last_name || ' ' || first_name || ' ' || middle_name) AS name FROM students WHERE id = ?",
  staff: "SELECT trim(last_name || ' ' || first_name || ' ' || middle_name) AS name FROM staff WHERE id = ?",
  academicYear: 'SELECT name FROM academic_years WHERE id = ?',
  period: "SELECT p.name || ' ' || y.name AS name FROM periods p JOIN academic_years y ON y.id = p.academic_year_id WHERE p.id = ?",
  class: "SELECT c.label || ' (' || y.name || ')' AS name FROM classes c JOIN academic_years y ON y.id = c.academic_year_id WHERE c.id = ?",
  order: "SELECT '№ ' || number || ' (' || date || ')' AS name FROM orders WHERE id = ?",
  document: "SELECT title || ' (' || code || ')' AS name FROM documents WHERE id = ?",
  subject: 'SELECT name FROM subjects WHERE id = ?',
  curriculum: "SELECT s.name || ', ' || c.grade AS name FROM curriculum c JOIN subjects s ON s.id = c.subject_id WHERE c.id = ?",
  assignment: `SELECT s.name || ', ' || c.label AS name FROM assignments a JOIN subjects s ON s.id = a.subject_id JOIN classes c ON c.id = a.class_id WHERE a.id = ?`,
  scheduleSlot: `SELECT s.name || ', ' || c.label || ' (' || t.weekday || '/' || t.lesson_number || ')' AS name FROM schedule_slots t
    JOIN assignments a ON a.id = t.assignment_id JOIN subjects s ON s.id = a.subject_id JOIN classes c ON c.id = a.class_id WHERE t.id = ?`,
  dayOff: "SELECT name || ' (' || start_date || ')' AS name FROM days_off WHERE id = ?",
  periodUnlock: `SELECT s.name || ', ' || c.label || ', ' || p.name AS name FROM period_unlocks u JOIN subjects s ON s.id = u.subject_id
    JOIN classes c ON c.id = u.class_id JOIN periods p ON p.id = u.period_id WHERE u.id = ?`,
  lesson: `SELECT s.name || ', ' || c.label || ', ' || l.date AS name FROM lessons l JOIN assignments a ON a.id = l.assignment_id
    JOIN subjects s ON s.id = a.subject_id JOIN classes c ON c.id = a.class_id WHERE l.id = ?`,
  mark: `SELECT trim(st.last_name || ' ' || st.first_name) || ', ' || s.name || ', ' || l.date AS name FROM marks m JOIN students st ON st.id = m.student_id
    JOIN lessons l ON l.id = m.lesson_id JOIN assignments a ON a.id = l.assignment_id JOIN subjects s ON s.id = a.subject_id WHERE m.id = ?`,
  periodGrade: `SELECT trim(st.last_name || ' ' || st.first_name) || ', ' || s.name || coalesce(', ' || p.name, '') AS name FROM period_grades g
    JOIN students st ON st.id = g.student_id JOIN assignments a ON a.id = g.assignment_id JOIN subjects s ON s.id = a.subject_id
    LEFT JOIN periods p ON p.id = g.period_id WHERE g.id = ?`,
  periodClosure: "SELECT p.name || ' ' || y.name AS name FROM period_closures k JOIN periods p ON p.id = k.period_id JOIN academic_years y ON y.id = p.academic_year_id WHERE k.id = ?",
  enrollment: "SELECT trim(s.last_name || ' ' || s.first_name) || ', ' || c.label AS name FROM enrollments e JOIN students s ON s.id = e.student_id JOIN classes c ON c.id = e.class_id WHERE e.id = ?",
};

function nameOf(db: Database.Database, type: ConflictRow['type'], id: string): string {
  const row = prepared(db, nameQuery[type]).get(id) as { name: string } | undefined;
  return row?.name ?? id;
}

export function listConflicts(db: Database.Database): MethodOutput<'sync.conflicts'> {
  const rows = prepared(db, 'SELECT entity_type AS type, entity_id AS id, server, detected_at AS detectedAt FROM sync_conflicts ORDER BY detected_at').all() as ConflictRow[];
  return { conflicts: rows.map((r) => ({ type: r.type, id: r.id, name: nameOf(db, r.type, r.id), detectedAt: r.detectedAt, server: JSON.parse(r.server) as unknown })) };
}

/**
 * "Keep mine": the local record goes to the server on the next Sync all, as an edit of the server's revision.
 * "Take the server's": the server's record replaces the local one now (audited as a change by sync).
 */
export function resolveConflict(db: Database.Database, input: MethodParsedInput<'sync.resolveConflict'>, now: Date): void {
  db.transaction(() => {
    const row = prepared(db, 'SELECT server FROM sync_conflicts WHERE entity_type = ? AND entity_id = ?').get(input.type, input.id) as { server: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', { entity: 'conflict', id: input.id });
    const server = JSON.parse(row.server) as ServerRecord | null;
    prepared(db, 'DELETE FROM sync_conflicts WHERE entity_type = ? AND entity_id = ?').run(input.type, input.id);
    const table = syncedTable[input.type];
    if (input.keep === 'mine') {
      prepared(db, `UPDATE ${table} SET rev = ?, change_count = max(change_count, sent_count + 1) WHERE id = ?`).run(server?.rev ?? null, input.id);
      return;
    }
    if (!server) return;
    prepared(db, `UPDATE ${table} SET rev = NULL, sent_count = change_count WHERE id = ?`).run(input.id);
    if (isJournalType(input.type) && !server.deleted) retireJournalTwin(db, syncUser, input.type, input.id, server.data, now);
    // A renumbering this causes is audited; the conflict screen has no Sync all result to show it in.
    applyPulledChange(db, { ...server, type: input.type, id: input.id }, { now, effects: { renumberedOrders: [] }, createMissingYear: true });
  }).immediate();
}
