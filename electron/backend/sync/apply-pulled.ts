import type Database from 'better-sqlite3';
import type { ServerRecord } from '../../../core/sync/push';
import type { User } from '../../../core/api/auth-api';
import { staffCardSchema } from '../../../core/schemas/staff';
import { studentCardSchema } from '../../../core/schemas/student';
import { appendAudit } from '../audit/audit-log';
import { storePulledStaff } from '../cards/staff/staff-service';
import { markStudentChanged } from '../cards/students/student-list-index';
import { storePulledStudent } from '../cards/students/student-service';
import { prepared } from '../db/prepared';
import { storePulledClass, storePulledEnrollment } from './pulled-structure';
import type { SyncedType } from '../../../core/sync/wire-data';
import { syncedTable, syncedTypes } from './synced-entities';

export type PullOutcome = 'applied' | 'conflict' | 'skipped';

/** Who the audit names for changes that arrived by sync: the server, on behalf of another office PC. */
export const syncUser: User = { id: 'sync', login: 'sync', fullName: 'Синхронізація', role: 'administrator' };

interface LocalState {
  rev: number | null;
  unsent: number;
}

function isSyncedType(type: string): type is SyncedType {
  return (syncedTypes as readonly string[]).includes(type);
}

function storeConflict(db: Database.Database, change: ServerRecord, now: Date): void {
  prepared(
    db,
    `INSERT INTO sync_conflicts (entity_type, entity_id, server, detected_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity_type, entity_id) DO UPDATE SET server = excluded.server, detected_at = excluded.detected_at`,
  ).run(change.type, change.id, JSON.stringify(change), now.toISOString());
}

function storeTombstone(db: Database.Database, type: SyncedType, change: ServerRecord, now: Date): void {
  prepared(db, `UPDATE ${syncedTable[type]} SET deleted = 1, rev = ?, sent_count = change_count, updated_at = ?, updated_by = ? WHERE id = ?`).run(
    change.rev,
    now.toISOString(),
    syncUser.id,
    change.id,
  );
  appendAudit(db, { at: now, user: syncUser, entity: type, entityId: change.id, action: 'delete', changes: [] });
  if (type === 'student') markStudentChanged(db, change.id);
}

function storeRecord(db: Database.Database, type: SyncedType, change: ServerRecord, now: Date): boolean {
  switch (type) {
    case 'student': {
      const card = studentCardSchema.safeParse(change.data);
      if (card.success) storePulledStudent(db, syncUser, change.id, change.rev, card.data, now);
      return card.success;
    }
    case 'staff': {
      const card = staffCardSchema.safeParse(change.data);
      if (card.success) storePulledStaff(db, syncUser, change.id, change.rev, card.data, now);
      return card.success;
    }
    case 'class':
      return storePulledClass(db, syncUser, change.id, change.rev, change.data, now);
    case 'enrollment':
      return storePulledEnrollment(db, syncUser, change.id, change.rev, change.data, now);
  }
}

/**
 * Applies one pulled change inside the caller's transaction. A record this device changed and has not sent yet is
 * never overwritten: the server's version is kept as a conflict for the user to decide. Types this version does not
 * know, malformed data and records already held at this revision are skipped.
 */
export function applyPulledChange(db: Database.Database, change: ServerRecord, now: Date): PullOutcome {
  if (!isSyncedType(change.type)) return 'skipped';
  const local = prepared(db, `SELECT rev, change_count - sent_count AS unsent FROM ${syncedTable[change.type]} WHERE id = ?`).get(change.id) as
    | LocalState
    | undefined;
  if (local && local.rev !== null && local.rev >= change.rev) return 'skipped';
  if (local && local.unsent > 0) {
    storeConflict(db, change, now);
    return 'conflict';
  }
  if (change.deleted) {
    if (!local) return 'skipped';
    storeTombstone(db, change.type, change, now);
    return 'applied';
  }
  return storeRecord(db, change.type, change, now) ? 'applied' : 'skipped';
}
