import type Database from 'better-sqlite3';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import { prepared } from '../db/prepared';
import type { ServerRecord } from '../../../core/sync/push';
import { applyPulledChange } from './apply-pulled';
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
    // A renumbering this causes is audited; the conflict screen has no Sync all result to show it in.
    applyPulledChange(db, { ...server, type: input.type, id: input.id }, { now, effects: { renumberedOrders: [] }, createMissingYear: true });
  }).immediate();
}
