import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { inChunks } from './chunks';
import { sqliteConnection } from './sqlite-connections';
import type { Tables } from './tables';

/** On a conflict of these key columns, the others take the new row's values (an upsert). */
export interface RowUpsert<T extends keyof Tables> {
  key: readonly (keyof Tables[T] & string)[];
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for this text on this SQLite connection, prepared on first use. */
function statementOf(sqlite: Database.Database, text: string): Database.Statement {
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = sqlite.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

/**
 * Inserts rows of one table, all of one shape, inside the caller's transaction. On SQLite one statement prepared once
 * per connection runs per row: a push checking a whole school writes thousands of reports, claims and keys, and
 * multi-row inserts of hundreds of bound values would be built, compiled and prepared anew for each chunk. On
 * PostgreSQL multi-row inserts of a few hundred rows, a round trip each.
 */
export async function insertRows<T extends keyof Tables & string>(db: Kysely<Tables>, table: T, rows: readonly Tables[T][], upsert?: RowUpsert<T>): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first) as (keyof Tables[T] & string)[];
  const updated = upsert ? columns.filter((c) => !upsert.key.includes(c)) : [];
  const sqlite = sqliteConnection(db);
  if (sqlite) {
    const conflict = upsert ? ` ON CONFLICT (${upsert.key.join(', ')}) DO UPDATE SET ${updated.map((c) => `${c} = excluded.${c}`).join(', ')}` : '';
    const insert = statementOf(sqlite, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${conflict}`);
    for (const row of rows) insert.run(columns.map((c) => row[c]));
    return;
  }
  const conflict = upsert
    ? sql` ON CONFLICT (${sql.join(upsert.key.map((c) => sql.ref(c)))}) DO UPDATE SET ${sql.join(updated.map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`))}`
    : sql``;
  for (const part of inChunks(rows)) {
    const values = sql.join(part.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`));
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${values}${conflict}`.execute(db);
  }
}
