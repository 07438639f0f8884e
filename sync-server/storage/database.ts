import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import { noteSqliteConnection } from './sqlite-connections';
import type { Tables } from './tables';

export type ServerDb = Kysely<Tables>;

/** Where the server keeps its data when neither --db nor the environment says otherwise. */
export const defaultDbPath = './data/sync-server.sqlite';

/** Connections each instance keeps open to PostgreSQL when the caller does not say. */
export const defaultPoolSize = 10;

/** Whether a `--db` value names a PostgreSQL database (`postgres://USER:PASS@HOST:PORT/DB`) rather than an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The location as a log line may show it: a PostgreSQL URL without its password. */
export function redactedLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

/** Pages SQLite keeps in memory (64 MB): a first sync inserts 5,000 records a batch at random places of the id index. */
const sqliteCacheKib = 65_536;

function openSqlite(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`cache_size = -${sqliteCacheKib}`);
  sqlite.pragma('wal_autocheckpoint = 10000');
  return sqlite;
}

function postgresDialect(url: string, poolSize: number): Dialect {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the database drops (a restart, a failover) must not take the process down; the pool replaces it.
  pool.on('error', (err) => console.error(`sync-server: a PostgreSQL connection failed: ${err.message}`));
  return new PostgresDialect({ pool });
}

/** Whether `db` runs on PostgreSQL (else SQLite): for the few statements whose fastest form differs between the two. */
export function isPostgres(db: Kysely<Tables>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export interface OpenOptions {
  /** PostgreSQL only: connections this instance keeps open. */
  poolSize?: number;
}

/** The database at `location` — an SQLite file (created when absent) or a PostgreSQL URL — as it is, not migrated. */
export function connectDatabase(location: string, options: OpenOptions = {}): ServerDb {
  if (isPostgresUrl(location)) return new Kysely<Tables>({ dialect: postgresDialect(location, options.poolSize ?? defaultPoolSize) });
  const sqlite = openSqlite(location);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  noteSqliteConnection(db, sqlite);
  return db;
}

/**
 * Opens the server's database and brings its schema up to date. Several instances may open one PostgreSQL at once:
 * the migrator holds a lock while it works.
 */
export async function openDatabase(location: string, options: OpenOptions = {}): Promise<ServerDb> {
  const db = connectDatabase(location, options);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return db;
}
