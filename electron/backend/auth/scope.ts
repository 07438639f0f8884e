import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { effectiveGrants, scopesOf, type Permission, type Scope } from '../../../core/auth/permissions';
import { AppError } from '../../../core/errors';
import { currentAcademicYear } from '../classes/academic-years';
import { prepared } from '../db/prepared';
import { currentClassOf } from '../enrollments/enrollment-repository';
import { inScope, type ObjectScope } from './object-scope';

/**
 * The one place that says which objects a scoped grant reaches (DESIGN §9): a class teacher's own classes are those of
 * the current academic year whose homeroom teacher is the user's staff card; a subject teacher's are the classes of
 * that card's teaching assignments this year. Handlers of methods the contract marks `scoped` ask here, on the
 * object, before they answer; the journals use the same for "own assignments" and "own class".
 */

const everything: ObjectScope = { all: true, classIds: new Set() };

/** Classes of the current academic year whose homeroom teacher is `staffId`. */
export function homeroomClassIds(db: Database.Database, staffId: string, today: string): string[] {
  const year = currentAcademicYear(db, today);
  if (!year) return [];
  const rows = prepared(db, 'SELECT id FROM classes WHERE deleted = 0 AND academic_year_id = ? AND homeroom_teacher_id = ?').all(year.id, staffId) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Classes of the current academic year where `staffId` has a teaching assignment. */
export function assignedClassIds(db: Database.Database, staffId: string, today: string): string[] {
  const year = currentAcademicYear(db, today);
  if (!year) return [];
  const rows = prepared(
    db,
    `SELECT DISTINCT c.id FROM assignments a JOIN classes c ON c.id = a.class_id
      WHERE a.deleted = 0 AND c.deleted = 0 AND c.academic_year_id = ? AND a.teacher_id = ?`,
  ).all(year.id, staffId) as { id: string }[];
  return rows.map((r) => r.id);
}

function classesOf(db: Database.Database, staffId: string, scope: Exclude<Scope, 'all'>, today: string): string[] {
  return scope === 'ownClass' ? homeroomClassIds(db, staffId, today) : assignedClassIds(db, staffId, today);
}

/** How far `permission` reaches for `user` today. A scoped grant of a user with no staff card reaches nothing. */
export function scopeOf(db: Database.Database, user: User, permission: Permission, today: string): ObjectScope {
  const scopes = scopesOf(effectiveGrants(user.roles), permission);
  if (scopes.includes('all')) return everything;
  const { staffId } = user;
  const classIds = new Set<string>();
  if (staffId) for (const scope of scopes) if (scope !== 'all') for (const id of classesOf(db, staffId, scope, today)) classIds.add(id);
  return { all: false, classIds };
}

/** FORBIDDEN naming the permission unless `permission` reaches the class. */
export function requireClassInScope(db: Database.Database, user: User, permission: Permission, classId: string, today: string): void {
  if (!inScope(scopeOf(db, user, permission, today), classId)) throw new AppError('FORBIDDEN', { permission });
}

/** FORBIDDEN naming the permission unless `permission` reaches the student's class today. */
export function requireStudentInScope(db: Database.Database, user: User, permission: Permission, studentId: string, today: string): void {
  const scope = scopeOf(db, user, permission, today);
  if (!scope.all && !inScope(scope, currentClassOf(db, studentId, today)?.classId ?? null)) throw new AppError('FORBIDDEN', { permission });
}

/**
 * What `permission` reaches of the journals (assignments), decided once for a call and asked per assignment: every
 * journal, the user's own assignments (its teacher is the user's staff card), or the journals of the user's own classes
 * (their homeroom teacher is the user's staff card, in whichever year: a class teacher reads the class's past journals
 * too).
 */
export function assignmentReach(db: Database.Database, user: User, permission: Permission): (assignment: { teacherId: string; classId: string }) => boolean {
  const scopes = scopesOf(effectiveGrants(user.roles), permission);
  if (scopes.includes('all')) return () => true;
  const { staffId } = user;
  if (!staffId) return () => false;
  const ownAssignments = scopes.includes('ownAssignments');
  const homeroomClasses = new Set(
    scopes.includes('ownClass') ? (prepared(db, 'SELECT id FROM classes WHERE deleted = 0 AND homeroom_teacher_id = ?').all(staffId) as { id: string }[]).map((r) => r.id) : [],
  );
  return (assignment) => (ownAssignments && assignment.teacherId === staffId) || homeroomClasses.has(assignment.classId);
}

/**
 * A report over every journal of a class (completeness, attendance): `permission` held for every object reaches any
 * class or all of them (`classId` undefined); held for the own class only, it reaches a class whose homeroom teacher
 * is the user's staff card, in whichever year, as `assignmentReach` does. Anything else is FORBIDDEN naming it.
 */
export function requireClassReportReach(db: Database.Database, user: User, permission: Permission, classId: string | undefined): void {
  const scopes = scopesOf(effectiveGrants(user.roles), permission);
  if (scopes.includes('all')) return;
  const own =
    scopes.includes('ownClass') &&
    user.staffId !== null &&
    classId !== undefined &&
    prepared(db, 'SELECT 1 FROM classes WHERE id = ? AND deleted = 0 AND homeroom_teacher_id = ?').get(classId, user.staffId) !== undefined;
  if (!own) throw new AppError('FORBIDDEN', { permission });
}
