import type Database from 'better-sqlite3';
import type { FieldChange } from '../../../core/api/audit-api';
import type { User } from '../../../core/api/auth-api';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import { effectiveGrants } from '../../../core/auth/permissions';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import type { SessionStore } from '../handler';
import { clearFailures, recordFailure, requireNotLocked, tooManyAttempts } from './login-throttle';
import { hashPassword, unmatchableHash, verifyPassword } from './password';
import { requireStrongPassword } from './password-policy';
import { findActiveUser, findUserByLogin, loginKey, passwordHashOf, recordLogin, setPassword } from './users-repository';

/**
 * Whoever typed a login nobody has: the audit names no typed text, which may be a password typed in the wrong field.
 */
const unknownLogin = { id: 'anonymous', fullName: '—' } as const;

/**
 * A wrong password, counted toward the wait and audited as the change of the account's count of failures in a row
 * (and the wait it starts); the audit names the account tried, not who typed.
 */
function failedAttempt(db: Database.Database, key: string, account: Pick<User, 'id' | 'fullName'> | null, now: Date): AppError {
  const { lockedUntil } = db
    .transaction(() => {
      const failure = recordFailure(db, key, now);
      const changes: FieldChange[] = [{ field: 'failedLogins', before: failure.failures - 1, after: failure.failures }];
      if (failure.lockedUntil) changes.push({ field: 'lockedUntil', before: null, after: failure.lockedUntil });
      appendAudit(db, { at: now, user: account ?? unknownLogin, entity: 'user', entityId: account?.id ?? 'unknown', action: 'update', changes });
      return failure;
    })
    .immediate();
  return lockedUntil ? tooManyAttempts(lockedUntil, now) : new AppError('INVALID_CREDENTIALS');
}

export function signedIn(user: User): MethodOutput<'auth.me'> {
  return { user, grants: effectiveGrants(user.roles) };
}

/**
 * A wrong login and a wrong password answer alike, and take as long, so neither tells which logins exist. Five wrong
 * passwords in a row make the login wait (login-throttle.ts), refused before the password is even checked; each
 * login, failure and wait started is audited.
 */
export async function login(
  db: Database.Database,
  sessions: SessionStore,
  input: MethodParsedInput<'auth.login'>,
  now: Date,
): Promise<MethodOutput<'auth.login'>> {
  const key = loginKey(input.login);
  requireNotLocked(db, key, now);
  const found = findUserByLogin(db, input.login);
  const matches = await verifyPassword(input.password, found?.passwordHash ?? unmatchableHash);
  if (!found || !found.active || !matches) throw failedAttempt(db, key, found?.user ?? null, now);
  db.transaction(() => {
    clearFailures(db, key);
    const changes: FieldChange[] = [{ field: 'lastLoginAt', before: found.lastLoginAt, after: now.toISOString() }];
    recordLogin(db, found.user.id, now);
    appendAudit(db, { at: now, user: found.user, entity: 'user', entityId: found.user.id, action: 'update', changes });
  }).immediate();
  return { session: sessions.create(found.user), ...signedIn(found.user) };
}

/**
 * The user's own new password: the current one must be right (a wrong one counts toward the wait like a login), the
 * new one strong; this ends the first-login requirement.
 */
export async function changePassword(
  db: Database.Database,
  user: User,
  input: MethodParsedInput<'auth.changePassword'>,
  now: Date,
): Promise<MethodOutput<'auth.changePassword'>> {
  const key = loginKey(user.login);
  requireNotLocked(db, key, now);
  const matches = await verifyPassword(input.currentPassword, passwordHashOf(db, user.id) ?? unmatchableHash);
  if (!matches) throw failedAttempt(db, key, user, now);
  requireStrongPassword(input.newPassword);
  if (input.newPassword === input.currentPassword) throw new AppError('WEAK_PASSWORD', { reason: 'same', minLength: 0 });
  const passwordHash = await hashPassword(input.newPassword);
  db.transaction(() => {
    setPassword(db, user.id, passwordHash, false);
    clearFailures(db, key);
    appendAudit(db, { at: now, user, entity: 'user', entityId: user.id, action: 'update', changes: [{ field: 'password', before: null, after: 'changed' }] });
  }).immediate();
  const changed = findActiveUser(db, user.id);
  if (!changed) throw new AppError('UNAUTHENTICATED');
  return signedIn(changed);
}
