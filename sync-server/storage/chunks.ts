/** Rows or values per statement: well under every database's limit of bound parameters. */
export const sqlChunkSize = 400;

/**
 * Values of one `IN (…)` list when they are its statement's only parameters: well under SQLite's 32,766 and
 * PostgreSQL's 65,535 bound values, so a chunk of thousands of cards costs one round trip.
 */
export const listChunkSize = 5000;

/** Splits a list for `IN (…)` lists and multi-row inserts. */
export function inChunks<T>(items: readonly T[], size = sqlChunkSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
