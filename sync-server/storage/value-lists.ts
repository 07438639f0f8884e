import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './database';
import type { Tables } from './tables';

/**
 * `column` is one of `values`, the values bound as one parameter: a JSON array for SQLite's `json_each`, an array for
 * PostgreSQL's `ANY`. An `IN (…)` list of thousands of values would be built, bound and planned anew each push.
 */
export function oneOf(db: Kysely<Tables>, column: string, values: readonly string[]): RawBuilder<unknown> {
  return isPostgres(db) ? sql`${sql.ref(column)} = ANY(${values}::text[])` : sql`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}
