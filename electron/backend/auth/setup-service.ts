import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import type { User } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { findSchool, insertSchool } from '../school/school-repository';
import { hashPassword } from './password';
import { countUsers, insertUser } from './users-repository';

export function setupStatus(db: Database.Database): MethodOutput<'setup.status'> {
  const record = findSchool(db);
  const needsSetup = countUsers(db) === 0;
  return record ? { needsSetup, schoolName: record.school.name, demo: record.demo } : { needsSetup, demo: false };
}

/**
 * First run: the school and its administrator, in one transaction, audited as the new administrator's acts.
 * Allowed only while the database has no user at all.
 */
export async function createSchool(db: Database.Database, input: MethodParsedInput<'setup.createSchool'>, now: Date): Promise<User> {
  if (countUsers(db) > 0) throw new AppError('SETUP_ALREADY_DONE');
  // Hash before the transaction: scrypt is slow and must not hold the write lock.
  const passwordHash = await hashPassword(input.admin.password);
  const admin: User = { id: randomUUID(), login: input.admin.login, fullName: input.admin.fullName, role: 'administrator' };
  db.transaction(() => {
    if (countUsers(db) > 0 || findSchool(db)) throw new AppError('SETUP_ALREADY_DONE');
    const schoolId = randomUUID();
    insertUser(db, admin, passwordHash, now);
    insertSchool(db, schoolId, input.school, now, admin.id);
    const { login, fullName, role } = admin;
    appendAudit(db, { at: now, user: admin, entity: 'user', entityId: admin.id, action: 'create', changes: fieldChanges(null, { login, fullName, role }) });
    appendAudit(db, { at: now, user: admin, entity: 'school', entityId: schoolId, action: 'create', changes: fieldChanges(null, input.school) });
  }).immediate();
  return admin;
}
