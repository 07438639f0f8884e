import type Database from 'better-sqlite3';
import type { YearEndProgress } from '../../../core/api/yearend-api';

/**
 * The phase of the year-end transition on each open database, read by `yearEnd.progress` while the renderer awaits
 * `yearEnd.apply` (the way it polls `sync.status` during Sync all). Keyed by the connection, so two backends in one
 * process (tests) do not see each other's.
 */
const progressOf = new WeakMap<Database.Database, YearEndProgress>();

export function reportYearEndProgress(db: Database.Database, progress: YearEndProgress | null): void {
  if (progress) progressOf.set(db, progress);
  else progressOf.delete(db);
}

export function yearEndProgress(db: Database.Database): YearEndProgress | null {
  return progressOf.get(db) ?? null;
}
