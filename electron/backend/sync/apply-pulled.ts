import type Database from 'better-sqlite3';
import type { ServerRecord } from '../../../core/sync/push';
import type { User } from '../../../core/api/auth-api';
import { staffCardSchema } from '../../../core/schemas/staff';
import { studentCardSchema } from '../../../core/schemas/student';
import { appendAudit, type AuditedEntity } from '../audit/audit-log';
import { storePulledStaff } from '../cards/staff/staff-service';
import { markStudentChanged } from '../cards/students/student-list-index';
import { storePulledStudent } from '../cards/students/student-service';
import { prepared } from '../db/prepared';
import { storePulledDocument } from '../archive/pulled-documents';
import { storePulledOrder } from './pulled-orders';
import type { PullEffects, StoreOutcome } from './pulled-record';
import { storePulledClass, storePulledEnrollment } from './pulled-structure';
import { storePulledAcademicYear, storePulledPeriod } from './pulled-years';
import { forgetWaiting, keepWaiting, waitingRecords } from './pull-waiting';
import type { SyncedType } from '../../../core/sync/wire-data';
import { syncedTable, syncedTypes } from './synced-entities';
import { isJournalType, refusedByClosure, storePulledJournal } from './pulled-journals';

/** `refused`: a lesson, mark or grade of a period closed here, with no unlock covering it (listed as PERIOD_CLOSED). */
export type PullOutcome = 'applied' | 'conflict' | 'skipped' | 'waiting' | 'refused';

/** How one pulled change is applied: `createMissingYear` lets a class make its academic year (the last pass, see storePulledClass). */
export interface PullApplication {
  now: Date;
  effects: PullEffects;
  createMissingYear: boolean;
}

/** Who the audit names for changes that arrived by sync: the server, on behalf of another office PC. */
export const syncUser: User = { id: 'sync', login: 'sync', fullName: 'Синхронізація', roles: ['administrator'], staffId: null, mustChangePassword: false };

const auditEntity: Readonly<Record<SyncedType, AuditedEntity>> = {
  academicYear: 'academic_year',
  period: 'period',
  staff: 'staff',
  class: 'class',
  student: 'student',
  order: 'order',
  enrollment: 'enrollment',
  document: 'document',
  subject: 'subject',
  curriculum: 'curriculum',
  assignment: 'assignment',
  scheduleSlot: 'schedule_slot',
  dayOff: 'day_off',
  periodUnlock: 'period_unlock',
  lesson: 'lesson',
  mark: 'mark',
  periodGrade: 'period_grade',
  periodClosure: 'period_closure',
};

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
  appendAudit(db, { at: now, user: syncUser, entity: auditEntity[type], entityId: change.id, action: 'delete', changes: [] });
  if (type === 'student') markStudentChanged(db, change.id);
}

function storeRecord(db: Database.Database, type: SyncedType, change: ServerRecord, how: PullApplication): StoreOutcome {
  const { id, rev, data } = change;
  switch (type) {
    case 'student': {
      const card = studentCardSchema.safeParse(data);
      if (!card.success) return 'invalid';
      storePulledStudent(db, syncUser, id, rev, card.data, how.now);
      return 'stored';
    }
    case 'staff': {
      const card = staffCardSchema.safeParse(data);
      if (!card.success) return 'invalid';
      storePulledStaff(db, syncUser, id, rev, card.data, how.now);
      return 'stored';
    }
    case 'academicYear':
      return storePulledAcademicYear(db, syncUser, id, rev, data, how.now);
    case 'period':
      return storePulledPeriod(db, syncUser, id, rev, data, how.now);
    case 'class':
      return storePulledClass(db, syncUser, id, rev, data, how.now, how.createMissingYear);
    case 'order':
      return storePulledOrder(db, syncUser, id, rev, data, how.now, how.effects);
    case 'enrollment':
      return storePulledEnrollment(db, syncUser, id, rev, data, how.now);
    case 'document':
      return storePulledDocument(db, id, rev, data, how.now);
    default:
      return storePulledJournal(db, syncUser, type, id, rev, data, how.now);
  }
}

function outcomeOfStore(stored: StoreOutcome): PullOutcome {
  if (stored === 'stored') return 'applied';
  if (stored === 'waiting') return 'waiting';
  return 'skipped';
}

/**
 * Applies one pulled change inside the caller's transaction. A record this device changed and has not sent yet is
 * never overwritten: the server's version is kept as a conflict for the user to decide. A record that refers to one
 * not held yet waits (pull-waiting). Types this version does not know, malformed data and records already held at
 * this revision are skipped.
 */
export function applyPulledChange(db: Database.Database, change: ServerRecord, how: PullApplication): PullOutcome {
  const outcome = applyChange(db, change, how);
  if (outcome === 'waiting') keepWaiting(db, change, how.now);
  else forgetWaiting(db, change.type, change.id, change.rev);
  if (outcome === 'refused') listRefusal(db, change, how.now);
  else if (outcome === 'applied' && isJournalType(change.type)) prepared(db, 'DELETE FROM sync_rejections WHERE entity_type = ? AND entity_id = ?').run(change.type, change.id);
  return outcome;
}

function applyChange(db: Database.Database, change: ServerRecord, how: PullApplication): PullOutcome {
  if (!isSyncedType(change.type)) return 'skipped';
  const local = prepared(db, `SELECT rev, change_count - sent_count AS unsent FROM ${syncedTable[change.type]} WHERE id = ?`).get(change.id) as
    | LocalState
    | undefined;
  if (local && local.rev !== null && local.rev >= change.rev) return 'skipped';
  if (isJournalType(change.type) && refusedByClosure(db, change.type, change.id, change.deleted, change.data, how.now)) return 'refused';
  if (local && local.unsent > 0) {
    storeConflict(db, change, how.now);
    return 'conflict';
  }
  if (!change.deleted) {
    const stored = storeRecord(db, change.type, change, how);
    if (stored !== 'twin') return outcomeOfStore(stored);
    storeConflict(db, change, how.now);
    return 'conflict';
  }
  if (!local) return 'skipped';
  storeTombstone(db, change.type, change, how.now);
  return 'applied';
}

/**
 * A pulled change refused for a period closed here is listed with the changes the server refused (sync_rejections),
 * so the office sees it; the record stays as this PC has it.
 */
function listRefusal(db: Database.Database, change: ServerRecord, now: Date): void {
  prepared(
    db,
    `INSERT INTO sync_rejections (entity_type, entity_id, issues, rejected_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET issues = excluded.issues, rejected_at = excluded.rejected_at`,
  ).run(change.type, change.id, JSON.stringify([{ code: 'PERIOD_CLOSED', severity: 'error' }]), now.toISOString());
}

/** Tries the waiting records again until a round applies nothing more. Returns how many were applied. */
export function retryWaiting(db: Database.Database, how: PullApplication): number {
  let applied = 0;
  for (let progress = true; progress; ) {
    progress = false;
    for (const change of waitingRecords(db)) {
      if (applyPulledChange(db, change, how) !== 'applied') continue;
      applied += 1;
      progress = true;
    }
  }
  return applied;
}
