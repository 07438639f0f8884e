import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { AssignmentView } from '../../../core/api/teaching-api';
import { effectiveGrants, scopesOf } from '../../../core/auth/permissions';
import { AppError } from '../../../core/errors';
import { countrySchema, type Country } from '../../../core/schemas/common';
import { assignmentReach } from '../auth/scope';
import { prepared } from '../db/prepared';
import { findAssignment } from '../teaching/teaching-repository';

export interface Journal extends AssignmentView {
  country: Country;
}

/**
 * The journal of one assignment, for a read or a write by `user`. Every journal method of this folder comes through
 * here, so the object scope of DESIGN §9 is checked once: a subject teacher reaches their own assignments, a class
 * teacher their class's journals (read-only), the deputy and the director every journal (read-only); anything else
 * is FORBIDDEN naming the permission.
 */
export function journalOf(db: Database.Database, user: User, assignmentId: string, access: 'read' | 'write'): Journal {
  const assignment = findAssignment(db, assignmentId);
  if (!assignment) throw new AppError('NOT_FOUND', { entity: 'assignment' });
  const permission = access === 'read' ? 'journals.read' : 'journals.write';
  if (!assignmentReach(db, user, permission)(assignment)) throw new AppError('FORBIDDEN', { permission });
  return { ...assignment, country: schoolCountry(db) };
}

/** A stored country this app does not know is read as UA, the default profile. */
const storedCountry = countrySchema.catch('UA');

/** The school's country from its column: every mark's save asks, so the card's JSON is not parsed for it. */
export function schoolCountry(db: Database.Database): Country {
  const row = prepared(db, 'SELECT country FROM school').get() as { country: string } | undefined;
  return storedCountry.parse(row?.country ?? 'UA');
}

/**
 * Whether the user is the administration that may let an entry in later than 5 working days (seed 004 item 22): whoever
 * may close a period (director, deputy).
 */
export function mayPermitLateEntries(user: User): boolean {
  return scopesOf(effectiveGrants(user.roles), 'periods.close').length > 0;
}
