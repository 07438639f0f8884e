/** Rows or values per statement: well under every database's limit of bound parameters. */
export const sqlChunkSize = 400;

/** Splits a list for `IN (…)` lists and multi-row inserts. */
export function inChunks<T>(items: readonly T[], size = sqlChunkSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
