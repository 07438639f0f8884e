import type { ServerRecord } from '../../core/sync/push';
import type { RecordsTable } from '../storage/tables';

/** A record as a push reads and writes it: the columns that say whose it is, its revision and its data. */
export type StoredRecord = Pick<RecordsTable, 'id' | 'school_id' | 'type' | 'rev' | 'deleted' | 'data'>;

/** A stored record as the protocol shows it (conflicts, pull): tombstones without data. */
export function serverRecord(row: Pick<RecordsTable, 'type' | 'id' | 'rev' | 'deleted' | 'data'>): ServerRecord {
  const record: ServerRecord = { type: row.type, id: row.id, rev: row.rev, deleted: row.deleted === 1 };
  if (row.deleted !== 1 && row.data !== null) record.data = JSON.parse(row.data) as unknown;
  return record;
}
