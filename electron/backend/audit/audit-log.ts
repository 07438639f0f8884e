import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AuditEntity, AuditEntry, FieldChange } from '../../../core/api/audit-api';
import type { User } from '../../../core/api/auth-api';
import { prepared } from '../db/prepared';
import { canonicalJson } from './canonical-json';

/**
 * Entities the log records. Periods, orders and printed documents have no history view yet (core's AuditEntity lists
 * what can be asked for); `backup` is a manual backup made, `database` the whole database replaced by a restore, `archive` a
 * year's archive package built.
 */
export type AuditedEntity = AuditEntity | 'period' | 'order' | 'document' | 'archive' | 'backup' | 'database' | JournalAuditedEntity;

/** What the journals record (teaching structure, calendar, lessons, marks, grades, closures and unlocks). */
export type JournalAuditedEntity =
  | 'subject'
  | 'curriculum'
  | 'assignment'
  | 'schedule_slot'
  | 'day_off'
  | 'lesson'
  | 'mark'
  | 'period_grade'
  | 'period_closure'
  | 'period_unlock';

export interface AuditAppend {
  at: Date;
  user: Pick<User, 'id' | 'fullName'>;
  entity: AuditedEntity;
  entityId: string;
  action: AuditEntry['action'];
  changes: FieldChange[];
}

const genesis = '0'.repeat(64);

/** The last row's seq and hash; the empty chain is seq 0 with the genesis hash. */
export function auditHead(db: Database.Database): { seq: number; hash: string } {
  const last = prepared(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return last ?? { seq: 0, hash: genesis };
}

/** The stored hash of the row at `seq` (the genesis hash at 0), or null when the chain holds no such row. */
export function auditHashAt(db: Database.Database, seq: number): string | null {
  if (seq === 0) return genesis;
  const row = prepared(db, 'SELECT hash FROM audit_log WHERE seq = ?').get(seq) as { hash: string } | undefined;
  return row?.hash ?? null;
}

/** One stored row of `audit_log`. */
export interface AuditRow {
  seq: number;
  at: string;
  user_id: string;
  user_name: string;
  entity: string;
  entity_id: string;
  action: string;
  changes: string;
  prev_hash: string;
  hash: string;
}

/**
 * A row's hash: SHA-256 of the previous hash and the row's canonical JSON. The formula is no secret (the tamper tests
 * recompute it as an attacker with the source would); what an attacker cannot recompute is the head held by the
 * central server (audit-anchor.ts).
 */
export function auditRowHash(prevHash: string, row: Omit<AuditRow, 'prev_hash' | 'hash' | 'changes'> & { changes: unknown }): string {
  const body = canonicalJson({
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    changes: row.changes,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/**
 * Appends one row chained to the previous one. Call it inside the transaction that makes the change, so the
 * change and its record commit together. An update that changed nothing is not recorded.
 */
export function appendAudit(db: Database.Database, entry: AuditAppend): void {
  if (entry.action === 'update' && entry.changes.length === 0) return;
  const last = auditHead(db);
  const row = {
    seq: last.seq + 1,
    at: entry.at.toISOString(),
    user_id: entry.user.id,
    user_name: entry.user.fullName,
    entity: entry.entity,
    entity_id: entry.entityId,
    action: entry.action,
    changes: entry.changes,
  };
  const prevHash = last.hash;
  prepared(
    db,
    `INSERT INTO audit_log (seq, at, user_id, user_name, entity, entity_id, action, changes, prev_hash, hash)
     VALUES (@seq, @at, @user_id, @user_name, @entity, @entity_id, @action, @changes, @prev_hash, @hash)`,
  ).run({ ...row, changes: canonicalJson(row.changes), prev_hash: prevHash, hash: auditRowHash(prevHash, row) });
}

/** Recomputes the whole chain; `brokenAt` is the seq of the first row whose link or content does not match. */
export function verifyAudit(db: Database.Database): { ok: boolean; checked: number; brokenAt?: number } {
  let prevHash = genesis;
  let expectedSeq = 1;
  let checked = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    let intact = row.seq === expectedSeq && row.prev_hash === prevHash;
    if (intact) {
      try {
        intact = auditRowHash(prevHash, { ...row, changes: JSON.parse(row.changes) as unknown }) === row.hash;
      } catch {
        intact = false;
      }
    }
    if (!intact) return { ok: false, checked, brokenAt: row.seq };
    checked += 1;
    prevHash = row.hash;
    expectedSeq = row.seq + 1;
  }
  return { ok: true, checked };
}

/** Where a row of the log sits, to name it when the chain breaks there (`verifyAudit`'s `brokenAt`). */
export function auditRowAt(db: Database.Database, seq: number): { seq: number; at: string; entity: string; entityId: string } | null {
  const row = db.prepare('SELECT seq, at, entity, entity_id FROM audit_log WHERE seq = ?').get(seq) as Pick<AuditRow, 'seq' | 'at' | 'entity' | 'entity_id'> | undefined;
  return row ? { seq: row.seq, at: row.at, entity: row.entity, entityId: row.entity_id } : null;
}

/** The history of one record, oldest first. */
export function auditHistory(db: Database.Database, entity: AuditEntity, entityId: string): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq')
    .all(entity, entityId) as AuditRow[];
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    entity,
    entityId: row.entity_id,
    action: row.action as AuditEntry['action'],
    changes: JSON.parse(row.changes) as FieldChange[],
  }));
}
