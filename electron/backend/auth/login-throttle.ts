import type Database from 'better-sqlite3';
import { AppError } from '../../../core/errors';
import { prepared } from '../db/prepared';

/** Wrong passwords in a row a login may have before each further one makes it wait. */
export const freeAttempts = 5;
const firstWaitMs = 60_000;
const longestWaitMs = 60 * 60_000;

interface FailureRow {
  failures: number;
  locked_until: string | null;
}

/** The wait after `failures` wrong passwords in a row: none up to 4, then 1 min, doubling, at most 1 h. */
export function waitAfter(failures: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(longestWaitMs, firstWaitMs * 2 ** (failures - freeAttempts));
}

/** Refuses a login that is waiting after wrong passwords (TOO_MANY_ATTEMPTS with the minutes left), before any check. */
export function requireNotLocked(db: Database.Database, key: string, now: Date): void {
  const row = prepared(db, 'SELECT failures, locked_until FROM login_failures WHERE login_key = ?').get(key) as FailureRow | undefined;
  if (!row?.locked_until) return;
  if (Date.parse(row.locked_until) > now.getTime()) throw tooManyAttempts(row.locked_until, now);
}

export interface Failure {
  /** Wrong passwords in a row, this one included. */
  failures: number;
  /** The wait this one starts; null: none yet. */
  lockedUntil: string | null;
}

/** Counts a wrong password and starts the wait it earns. Kept in the database, so a restart keeps it. */
export function recordFailure(db: Database.Database, key: string, now: Date): Failure {
  const row = prepared(db, 'SELECT failures, locked_until FROM login_failures WHERE login_key = ?').get(key) as FailureRow | undefined;
  const failures = (row?.failures ?? 0) + 1;
  const waitMs = waitAfter(failures);
  const lockedUntil = waitMs > 0 ? new Date(now.getTime() + waitMs).toISOString() : null;
  prepared(
    db,
    `INSERT INTO login_failures (login_key, failures, last_failed_at, locked_until) VALUES (?, ?, ?, ?)
     ON CONFLICT (login_key) DO UPDATE SET failures = excluded.failures, last_failed_at = excluded.last_failed_at, locked_until = excluded.locked_until`,
  ).run(key, failures, now.toISOString(), lockedUntil);
  return { failures, lockedUntil };
}

/** TOO_MANY_ATTEMPTS for a wait that has begun (the minutes left, rounded up, and until when). */
export function tooManyAttempts(lockedUntil: string, now: Date): AppError {
  return new AppError('TOO_MANY_ATTEMPTS', { minutes: Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 60_000), until: lockedUntil });
}

export function clearFailures(db: Database.Database, key: string): void {
  prepared(db, 'DELETE FROM login_failures WHERE login_key = ?').run(key);
}
