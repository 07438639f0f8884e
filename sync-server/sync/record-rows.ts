import type { ServerRecord } from '../../core/sync/push';
import type { RecordsTable } from '../storage/tables';

/** A stored record as the protocol shows it (conflicts, pull): tombstones without data. */
export function serverRecord(row: Pick<RecordsTable, 'type' | 'id' | 'rev' | 'deleted' | 'data'>): ServerRecord {
  const record: ServerRecord = { type: row.type, id: row.id, rev: row.rev, deleted: row.deleted === 1 };
  if (row.deleted !== 1 && row.data !== null) record.data = JSON.parse(row.data) as unknown;
  return record;
}
