import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { MethodParsedInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import type { PeriodUnlock } from '../../../core/journals/journal-entities';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { prepared } from '../db/prepared';
import { findClass } from '../classes/class-repository';
import { findSubject } from '../teaching/teaching-repository';
import { naturalId } from '../db/natural-id';
import { requirePeriod } from './journal-periods';

/** DESIGN §7: the director opens a closed period for at most 14 days. */
export const maxUnlockDays = 14;

export function isPeriodClosed(db: Database.Database, periodId: string): boolean {
  return prepared(db, 'SELECT 1 FROM period_closures WHERE period_id = ? AND deleted = 0').get(periodId) !== undefined;
}

/** What a write touches: one journal (class × subject) of a period, and one student of it or the whole journal. */
export interface WriteScope {
  periodId: string;
  classId: string;
  subjectId: string;
  /** null: a change of the whole journal (a lesson's topic, date, cancellation), which only a journal unlock opens. */
  studentId: string | null;
}

/**
 * The unlock under which a write to a closed period is allowed, or null when the period is open. A closed period
 * without an unlock covering exactly this journal (and this student, or every student) refuses with PERIOD_CLOSED:
 * unlocking one journal or student never opens another.
 */
export function writableUnder(db: Database.Database, scope: WriteScope, now: Date): { unlockId: string | null } {
  if (!isPeriodClosed(db, scope.periodId)) return { unlockId: null };
  const unlock = prepared(
    db,
    `SELECT id FROM period_unlocks
     WHERE period_id = @periodId AND class_id = @classId AND subject_id = @subjectId AND deleted = 0 AND revoked_at IS NULL AND until > @now
       AND (student_id IS NULL OR student_id = @studentId)
     ORDER BY student_id IS NULL LIMIT 1`,
  ).get({ ...scope, now: now.toISOString() }) as { id: string } | undefined;
  if (!unlock) throw new AppError('PERIOD_CLOSED');
  return { unlockId: unlock.id };
}

/** Journals whose lessons an unlock opens as a whole (class × subject), for the grid's read-only marking. */
export function journalUnlocked(db: Database.Database, periodId: string, classId: string, subjectId: string, now: Date): boolean {
  return (
    prepared(
      db,
      `SELECT 1 FROM period_unlocks WHERE period_id = ? AND class_id = ? AND subject_id = ? AND student_id IS NULL AND deleted = 0
         AND revoked_at IS NULL AND until > ?`,
    ).get(periodId, classId, subjectId, now.toISOString()) !== undefined
  );
}

export function closePeriod(db: Database.Database, user: User, periodId: string, now: Date): void {
  db.transaction(() => {
    requirePeriod(db, periodId);
    if (isPeriodClosed(db, periodId)) throw new AppError('PERIOD_ALREADY_CLOSED');
    const id = naturalId('periodClosure', periodId);
    const at = now.toISOString();
    prepared(db, 'INSERT INTO period_closures (id, period_id, closed_at, closed_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      periodId,
      at,
      user.id,
      at,
      user.id,
    );
    prepared(db, 'UPDATE periods SET closed = 1, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?').run(at, user.id, periodId);
    appendAudit(db, { at: now, user, entity: 'period_closure', entityId: id, action: 'create', changes: fieldChanges(null, { periodId }) });
  })();
}

interface UnlockRow {
  id: string;
  periodId: string;
  classId: string;
  subjectId: string;
  studentId: string | null;
  reason: string;
  grantedBy: string;
  grantedAt: string;
  until: string;
  revokedAt: string | null;
}

const selectUnlock = `SELECT u.id, u.period_id AS periodId, u.class_id AS classId, u.subject_id AS subjectId, u.student_id AS studentId, u.reason,
    coalesce(g.full_name, u.granted_by) AS grantedBy, u.granted_at AS grantedAt, u.until, u.revoked_at AS revokedAt
  FROM period_unlocks u LEFT JOIN users g ON g.id = u.granted_by`;

function unlockView(row: UnlockRow, now: Date): PeriodUnlock {
  return { ...row, active: row.revokedAt === null && row.until > now.toISOString() };
}

export function listUnlocks(db: Database.Database, periodId: string, now: Date): PeriodUnlock[] {
  const rows = prepared(db, `${selectUnlock} WHERE u.period_id = ? AND u.deleted = 0 ORDER BY u.granted_at DESC`).all(periodId) as UnlockRow[];
  return rows.map((row) => unlockView(row, now));
}

export function grantUnlock(db: Database.Database, user: User, input: MethodParsedInput<'periods.grantUnlock'>, now: Date): PeriodUnlock {
  return db.transaction(() => {
    requirePeriod(db, input.periodId);
    if (!isPeriodClosed(db, input.periodId)) throw new AppError('PERIOD_NOT_CLOSED');
    if (!findClass(db, input.classId)) throw new AppError('NOT_FOUND', { entity: 'class' });
    if (!findSubject(db, input.subjectId)) throw new AppError('NOT_FOUND', { entity: 'subject' });
    const until = new Date(input.until);
    if (until <= now || until.getTime() - now.getTime() > maxUnlockDays * 86_400_000) throw new AppError('UNLOCK_TOO_LONG', { days: maxUnlockDays });
    const id = randomUUID();
    const at = now.toISOString();
    const fields = { periodId: input.periodId, classId: input.classId, subjectId: input.subjectId, studentId: input.studentId, reason: input.reason, until: until.toISOString() };
    prepared(
      db,
      `INSERT INTO period_unlocks (id, period_id, class_id, subject_id, student_id, reason, granted_by, granted_at, until, updated_at, updated_by)
       VALUES (@id, @periodId, @classId, @subjectId, @studentId, @reason, @userId, @at, @until, @at, @userId)`,
    ).run({ id, ...fields, userId: user.id, at });
    appendAudit(db, { at: now, user, entity: 'period_unlock', entityId: id, action: 'create', changes: fieldChanges(null, fields) });
    return unlockView(prepared(db, `${selectUnlock} WHERE u.id = ?`).get(id) as UnlockRow, now);
  })();
}

export function revokeUnlock(db: Database.Database, user: User, id: string, now: Date): void {
  db.transaction(() => {
    const row = prepared(db, `${selectUnlock} WHERE u.id = ? AND u.deleted = 0`).get(id) as UnlockRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', { entity: 'period_unlock' });
    if (row.revokedAt) return;
    const at = now.toISOString();
    prepared(db, 'UPDATE period_unlocks SET revoked_at = ?, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?').run(at, at, user.id, id);
    appendAudit(db, { at: now, user, entity: 'period_unlock', entityId: id, action: 'update', changes: [{ field: 'revokedAt', before: null, after: at }] });
  })();
}

/**
 * Whether a change that arrived by sync may be applied here (DESIGN §7: sync pull on a device enforces closures): yes
 * when its period is open here, or an unlock of its scope is active now, or it names (`unlockId`) an unlock of its
 * scope held here — the server accepted it while that unlock ran, so it stands after the unlock expired.
 */
export function pulledWriteAllowed(db: Database.Database, scope: WriteScope, namedUnlockId: string | null, now: Date): boolean {
  if (!isPeriodClosed(db, scope.periodId)) return true;
  return (
    prepared(
      db,
      `SELECT 1 FROM period_unlocks
       WHERE period_id = @periodId AND class_id = @classId AND subject_id = @subjectId AND deleted = 0
         AND (student_id IS NULL OR student_id = @studentId)
         AND (id = @named OR (revoked_at IS NULL AND until > @now)) LIMIT 1`,
    ).get({ ...scope, named: namedUnlockId, now: now.toISOString() }) !== undefined
  );
}
