import type Database from 'better-sqlite3';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ServerDb } from '../storage/database';
import { sqliteConnection } from '../storage/sqlite-connections';
import type { Tables } from '../storage/tables';
import { oneOf } from '../storage/value-lists';
import type { StoredRecord } from './record-rows';

/** A record as a push writes it: a new revision at a new position of the school's change sequence. */
export interface RecordWrite extends StoredRecord {
  change_seq: number;
}

/** What every row of one push's writes shares. */
export interface WriteStamp {
  schoolId: string;
  updatedAt: string;
  deviceId: string;
}

interface SqliteStatements {
  insert: Database.Statement<[string, string, string, number, number, string | null, string, string, number]>;
  update: Database.Statement<[string, number, number, string | null, string, string, number, string, string]>;
}

const prepared = new WeakMap<Database.Database, SqliteStatements>();

/** The push's statements on this SQLite connection, prepared on first use: a batch runs them thousands of times. */
function statementsOf(sqlite: Database.Database): SqliteStatements {
  let statements = prepared.get(sqlite);
  if (!statements) {
    statements = {
      insert: sqlite.prepare('INSERT INTO records (id, school_id, type, rev, deleted, data, updated_at, device_id, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      update: sqlite.prepare('UPDATE records SET type = ?, rev = ?, deleted = ?, data = ?, updated_at = ?, device_id = ?, change_seq = ? WHERE id = ? AND school_id = ?'),
    };
    prepared.set(sqlite, statements);
  }
  return statements;
}

/**
 * The records with these ids, in any school (an id another school holds must be refused, not stored twice), by one
 * statement whatever their number (oneOf).
 */
export async function storedRecords(db: Kysely<Tables>, ids: readonly string[]): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  if (ids.length === 0) return found;
  const unique = [...new Set(ids)];
  const { rows } = await sql<StoredRecord>`SELECT id, school_id, type, rev, deleted, data FROM records WHERE ${oneOf(db, 'id', unique)}`.execute(db);
  for (const row of rows) found.set(row.id, row);
  return found;
}

/**
 * Writes a push's records inside its transaction `trx` (on `root`): `fresh` ones inserted, the others updated in
 * their school. SQLite runs one statement prepared once per row; PostgreSQL one statement over arrays per kind
 * (`unnest`), as the registry import loads its rows: neither builds a statement of thousands of bound values anew
 * each batch.
 */
export async function writeRecordRows(trx: Transaction<Tables>, root: ServerDb, stamp: WriteStamp, fresh: readonly RecordWrite[], updated: readonly RecordWrite[]): Promise<void> {
  const sqlite = sqliteConnection(root);
  if (sqlite) {
    const { insert, update } = statementsOf(sqlite);
    for (const r of fresh) insert.run(r.id, stamp.schoolId, r.type, r.rev, r.deleted, r.data, stamp.updatedAt, stamp.deviceId, r.change_seq);
    for (const r of updated) update.run(r.type, r.rev, r.deleted, r.data, stamp.updatedAt, stamp.deviceId, r.change_seq, r.id, stamp.schoolId);
    return;
  }
  const arrays = (rows: readonly RecordWrite[]) =>
    sql`unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.type)}::text[], ${rows.map((r) => r.rev)}::integer[], ${rows.map((r) => r.deleted)}::integer[],
      ${rows.map((r) => r.data)}::text[], ${rows.map((r) => r.change_seq)}::integer[]) AS w(id, type, rev, deleted, data, change_seq)`;
  if (fresh.length > 0) {
    await sql`INSERT INTO records (id, school_id, type, rev, deleted, data, updated_at, device_id, change_seq)
      SELECT w.id, ${stamp.schoolId}::text, w.type, w.rev, w.deleted, w.data, ${stamp.updatedAt}::text, ${stamp.deviceId}::text, w.change_seq FROM ${arrays(fresh)}`.execute(trx);
  }
  if (updated.length > 0) {
    await sql`UPDATE records AS r SET type = w.type, rev = w.rev, deleted = w.deleted, data = w.data, updated_at = ${stamp.updatedAt}::text,
      device_id = ${stamp.deviceId}::text, change_seq = w.change_seq FROM ${arrays(updated)} WHERE r.id = w.id AND r.school_id = ${stamp.schoolId}::text`.execute(trx);
  }
}
