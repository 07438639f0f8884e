import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { AssignmentView } from '../../../core/api/teaching-api';
import { can } from '../../../core/auth/permissions';
import { AppError } from '../../../core/errors';
import type { Country } from '../../../core/schemas/common';
import { findSchool } from '../school/school-repository';
import { findAssignment } from '../teaching/teaching-repository';

export interface Journal extends AssignmentView {
  country: Country;
}

/**
 * The journal of one assignment, for a read or a write by `user`. Every journal method of this folder comes through
 * here, so this is where the object scope of DESIGN §9 goes (a subject teacher: own assignments; a class teacher: own
 * class, read-only; deputy and director: every journal, read-only) once the roles work's electron/backend/auth/scope.ts
 * exists. Until then dispatch's permission check (journals.read / journals.write) is the only gate.
 */
export function journalOf(db: Database.Database, _user: User, assignmentId: string, _access: 'read' | 'write'): Journal {
  const assignment = findAssignment(db, assignmentId);
  if (!assignment) throw new AppError('NOT_FOUND', { entity: 'assignment' });
  return { ...assignment, country: findSchool(db)?.school.country ?? 'UA' };
}

/**
 * Whether the user is the administration that may let an entry in later than 5 working days (seed 004 item 22): whoever
 * may close a period (director, deputy).
 */
export function mayPermitLateEntries(user: User): boolean {
  return can(user.role, 'periods.close');
}
