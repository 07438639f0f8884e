import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Tables } from './tables';

/**
 * Which SQLite connection each Kysely instance on SQLite runs on, apart from database.ts so that the modules writing
 * rows by prepared statements need not import the module that opens databases and runs the migrations.
 */
const sqliteConnections = new WeakMap<Kysely<Tables>, Database.Database>();

/**
 * The SQLite connection under `db`, or null on PostgreSQL: for the hot statements the push runs thousands of times
 * (sync-server/sync/record-writes.ts), prepared once. Kysely's SQLite driver runs every statement, a transaction's
 * too, on this one connection, so a statement run on it inside `inTransaction(db, …)` belongs to that transaction.
 */
export function sqliteConnection(db: Kysely<Tables>): Database.Database | null {
  return sqliteConnections.get(db) ?? null;
}

/** Makes `sqliteConnection(trx)` answer the connection of the database the transaction runs on (inTransaction). */
export function noteTransactionConnection(db: Kysely<Tables>, trx: Kysely<Tables>): void {
  const sqlite = sqliteConnections.get(db);
  if (sqlite) sqliteConnections.set(trx, sqlite);
}

/** Records the connection under a Kysely instance just opened on it (connectDatabase). */
export function noteSqliteConnection(db: Kysely<Tables>, sqlite: Database.Database): void {
  sqliteConnections.set(db, sqlite);
}
