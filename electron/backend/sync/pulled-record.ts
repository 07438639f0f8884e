import type Database from 'better-sqlite3';
import type { RenumberedOrder } from '../../../core/api/sync-api';
import type { User } from '../../../core/api/auth-api';
import { appendAudit, type AuditedEntity } from '../audit/audit-log';
import { prepared } from '../db/prepared';

/**
 * What storing one pulled record came to: `stored`; `invalid` (its data does not fit, skipped); `waiting` (it refers
 * to a record this device does not hold yet: kept and tried again); `superseded` (a twin this device holds under
 * another id wins, see retireTwin); `twin` (a journal record this device holds under another id, entered on both: a
 * conflict for the user, see retireJournalTwin).
 */
export type StoreOutcome = 'stored' | 'invalid' | 'waiting' | 'superseded' | 'twin';

/** What applying pulled records did to this device's own records, for the Sync all result. */
export interface PullEffects {
  renumberedOrders: RenumberedOrder[];
}

/**
 * Two office PCs can each create the same academic year, period or class offline, under different ids. Both then
 * reach the server, and each device keeps the one with the lower id (a rule both sides reach alone): when the pulled
 * record wins, this device's twin becomes a tombstone (sent to the server on the next push) and the caller points
 * what referred to it at the winner. Returns whether the pulled record wins.
 */
export function pulledRecordWins(pulledId: string, twinId: string): boolean {
  return pulledId < twinId;
}

/** Makes this device's twin a tombstone to be pushed, audited as removed by sync. */
export function retireTwin(db: Database.Database, user: User, table: string, entity: AuditedEntity, twinId: string, now: Date): void {
  prepared(db, `UPDATE ${table} SET deleted = 1, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?`).run(now.toISOString(), user.id, twinId);
  appendAudit(db, { at: now, user, entity, entityId: twinId, action: 'delete', changes: [] });
}

/** The sync bookkeeping columns of a pulled row: at the server's revision, nothing of it unsent. */
export const pulledSyncColumns = 'rev = @rev, sent_count = change_count, deleted = 0, updated_at = @at, updated_by = @by';
