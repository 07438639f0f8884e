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

function nameOf(db: Database.Database, type: ConflictRow['type'], id: string): string {
  if (type !== 'student' && type !== 'staff') return id;
  const row = prepared(db, `SELECT trim(last_name || ' ' || first_name || ' ' || middle_name) AS name FROM ${syncedTable[type]} WHERE id = ?`).get(id) as
    | { name: string }
    | undefined;
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
    applyPulledChange(db, { ...server, type: input.type, id: input.id }, now);
  }).immediate();
}
