import type Database from 'better-sqlite3';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import type { SessionStore } from '../handler';
import { unmatchableHash, verifyPassword } from './password';
import { findActiveUserByLogin } from './users-repository';

/** A wrong login and a wrong password answer alike, and take as long, so neither tells which logins exist. */
export async function login(
  db: Database.Database,
  sessions: SessionStore,
  input: MethodParsedInput<'auth.login'>,
): Promise<MethodOutput<'auth.login'>> {
  const found = findActiveUserByLogin(db, input.login);
  const matches = await verifyPassword(input.password, found?.passwordHash ?? unmatchableHash);
  if (!found || !matches) throw new AppError('INVALID_CREDENTIALS');
  return { session: sessions.create(found.user), user: found.user };
}
