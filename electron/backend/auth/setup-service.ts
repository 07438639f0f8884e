import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import type { User } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { demoAccounts } from '../demo/demo-accounts';
import { findSchool, insertSchool } from '../school/school-repository';
import { hashPassword } from './password';
import { requireStrongPassword } from './password-policy';
import { countUsers, insertUser } from './users-repository';

export function setupStatus(db: Database.Database): MethodOutput<'setup.status'> {
  const record = findSchool(db);
  const needsSetup = countUsers(db) === 0;
  if (!record) return { needsSetup, demo: false, demoAccounts: [] };
  return { needsSetup, schoolName: record.school.name, demo: record.demo, demoAccounts: record.demo ? [...demoAccounts] : [] };
}

/**
 * First run: the school and its first account — administrator and director, who then adds the others — in one
 * transaction, audited as the new account's acts.
 * Allowed only while the database has no user at all.
 */
export async function createSchool(db: Database.Database, input: MethodParsedInput<'setup.createSchool'>, now: Date): Promise<User> {
  if (countUsers(db) > 0) throw new AppError('SETUP_ALREADY_DONE');
  requireStrongPassword(input.admin.password);
  // Hash before the transaction: scrypt is slow and must not hold the write lock.
  const passwordHash = await hashPassword(input.admin.password);
  const admin: User = {
    id: randomUUID(),
    login: input.admin.login,
    fullName: input.admin.fullName,
    roles: ['administrator', 'director'],
    staffId: null,
    mustChangePassword: false,
  };
  db.transaction(() => {
    if (countUsers(db) > 0 || findSchool(db)) throw new AppError('SETUP_ALREADY_DONE');
    const schoolId = randomUUID();
    insertUser(db, admin, passwordHash, now);
    insertSchool(db, schoolId, input.school, now, admin.id);
    const { login, fullName, roles } = admin;
    appendAudit(db, { at: now, user: admin, entity: 'user', entityId: admin.id, action: 'create', changes: fieldChanges(null, { login, fullName, roles }) });
    appendAudit(db, { at: now, user: admin, entity: 'school', entityId: schoolId, action: 'create', changes: fieldChanges(null, input.school) });
  }).immediate();
  return admin;
}
