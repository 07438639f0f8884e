import type Database from 'better-sqlite3';
import type { ServerRecord } from '../../../core/sync/push';
import { prepared } from '../db/prepared';
import { syncedTypes } from './synced-entities';

/**
 * Pull hands out each record at its latest change, so a record can come before one it refers to (an enrollment
 * before its student, when the card was edited after the enrollment was made). Such a record waits here, whole, and
 * is applied once what it refers to is held: later in the same Sync all, or in a later one.
 */
export function keepWaiting(db: Database.Database, change: ServerRecord, now: Date): void {
  prepared(
    db,
    `INSERT INTO sync_waiting (entity_type, entity_id, rev, record, received_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (entity_type, entity_id) DO UPDATE SET rev = excluded.rev, record = excluded.record, received_at = excluded.received_at
       WHERE excluded.rev >= sync_waiting.rev`,
  ).run(change.type, change.id, change.rev, JSON.stringify(change), now.toISOString());
}

/** A newer revision of a waiting record was applied, skipped or deleted: the waiting one is out of date. */
export function forgetWaiting(db: Database.Database, type: string, id: string, rev: number): void {
  prepared(db, 'DELETE FROM sync_waiting WHERE entity_type = ? AND entity_id = ? AND rev <= ?').run(type, id, rev);
}

/** The waiting records, what others refer to first (see syncedTypes). */
export function waitingRecords(db: Database.Database): ServerRecord[] {
  const order = `CASE entity_type ${syncedTypes.map((t, i) => `WHEN '${t}' THEN ${i}`).join(' ')} ELSE ${syncedTypes.length} END`;
  return (prepared(db, `SELECT record FROM sync_waiting ORDER BY ${order}, received_at`).all() as { record: string }[]).map((r) => JSON.parse(r.record) as ServerRecord);
}

export function countWaiting(db: Database.Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM sync_waiting').get() as { n: number }).n;
}
