import { z } from 'zod';

export const roleSchema = z.enum(['administrator', 'director', 'deputy', 'secretary', 'class_teacher', 'subject_teacher']);
export type Role = z.infer<typeof roleSchema>;

/** A user's roles: a set (a director may also teach), never empty. */
export const rolesSchema = z
  .array(roleSchema)
  .min(1)
  .max(roleSchema.options.length)
  .transform((roles) => roleSchema.options.filter((role) => roles.includes(role)));

/**
 * What a method may require of its caller: `public` needs no session, `authenticated` any signed-in user; the rest are
 * granted by roles. Each contract method names one (core/api), so the renderer shows what a user may do and the
 * backend's dispatch refuses the same calls.
 */
export const permissionSchema = z.enum([
  'public',
  'authenticated',
  'users.manage',
  'school.admin',
  'students.names',
  'cards.read',
  'cards.write',
  'contacts.write',
  'staff.read',
  'staff.write',
  'audit.read',
  'sync.run',
  'academic.manage',
  'orders.manage',
  'yearend.run',
  'documents.print',
  'documents.sign',
  'archive.build',
  'journals.read',
  'journals.write',
  'periods.close',
  'periods.unlock',
]);
export type Permission = z.infer<typeof permissionSchema>;

/**
 * How far a grant reaches: `all` every object; `ownClass` the classes of this academic year the user's staff card is
 * homeroom teacher of; `ownAssignments` the classes of the user's teaching assignments.
 */
export const scopeSchema = z.enum(['all', 'ownClass', 'ownAssignments']);
export type Scope = z.infer<typeof scopeSchema>;

/** One permission a user holds and how far it reaches (the union of their roles' scopes; `all` stands alone). */
export const grantSchema = z.object({ permission: permissionSchema, scopes: z.array(scopeSchema).min(1).max(scopeSchema.options.length) });
export type Grant = z.infer<typeof grantSchema>;

type RoleGrants = Partial<Record<Permission, Scope>>;

const signedIn: RoleGrants = { authenticated: 'all', 'sync.run': 'all' };

/**
 * The matrix of DESIGN §9 as data, row by row:
 * - manage users, settings, backups, restore → users.manage, school.admin
 * - read student and staff cards → students.names (a name list), cards.read, staff.read
 * - edit student and staff cards → cards.write, staff.write; a class teacher's contacts, guardians, social and
 *   medical only → contacts.write
 * - classes, orders, year-end, Sync all of cards → academic.manage, orders.manage, yearend.run (every role may run
 *   Sync all: sync.run; it carries what that user may write)
 * - read journals → journals.read; write lessons, marks, attendance, grades → journals.write
 * - close periods → periods.close; grant a temporary unlock → periods.unlock
 * - print archive documents / sign them → documents.print / documents.sign; the year's whole archive (DESIGN §8, "one
 *   action … director or deputy") → archive.build
 * - read and verify the audit log → audit.read
 */
export const roleGrants: Record<Role, RoleGrants> = {
  administrator: { ...signedIn, 'users.manage': 'all', 'school.admin': 'all', 'audit.read': 'all' },
  director: {
    ...signedIn,
    'users.manage': 'all',
    'school.admin': 'all',
    'students.names': 'all',
    'cards.read': 'all',
    'cards.write': 'all',
    'contacts.write': 'all',
    'staff.read': 'all',
    'staff.write': 'all',
    'academic.manage': 'all',
    'orders.manage': 'all',
    'yearend.run': 'all',
    'journals.read': 'all',
    'periods.close': 'all',
    'periods.unlock': 'all',
    'documents.print': 'all',
    'documents.sign': 'all',
    'archive.build': 'all',
    'audit.read': 'all',
  },
  deputy: {
    ...signedIn,
    'students.names': 'all',
    'cards.read': 'all',
    'staff.read': 'all',
    'journals.read': 'all',
    'periods.close': 'all',
    'documents.print': 'all',
    'archive.build': 'all',
    'audit.read': 'all',
  },
  secretary: {
    ...signedIn,
    'students.names': 'all',
    'cards.read': 'all',
    'cards.write': 'all',
    'contacts.write': 'all',
    'staff.read': 'all',
    'staff.write': 'all',
    'academic.manage': 'all',
    'orders.manage': 'all',
    'yearend.run': 'all',
    'documents.print': 'all',
  },
  class_teacher: {
    ...signedIn,
    'students.names': 'ownClass',
    'cards.read': 'ownClass',
    'contacts.write': 'ownClass',
    'journals.read': 'ownClass',
    'documents.print': 'ownClass',
  },
  subject_teacher: {
    ...signedIn,
    'students.names': 'ownAssignments',
    'journals.read': 'ownAssignments',
    'journals.write': 'ownAssignments',
  },
};

/** What a set of roles gives: each permission once, with the union of the roles' scopes (`all` absorbs the rest). */
export function effectiveGrants(roles: readonly Role[]): Grant[] {
  const grants: Grant[] = [];
  for (const permission of permissionSchema.options) {
    if (permission === 'public') continue;
    const scopes = scopeSchema.options.filter((scope) => roles.some((role) => roleGrants[role][permission] === scope));
    if (scopes.length > 0) grants.push({ permission, scopes: scopes.includes('all') ? ['all'] : scopes });
  }
  return grants;
}

/** The scopes through which `grants` give `permission`; empty when they do not give it at all. */
export function scopesOf(grants: readonly Grant[], permission: Permission): readonly Scope[] {
  if (permission === 'public') return ['all'];
  return grants.find((grant) => grant.permission === permission)?.scopes ?? [];
}

/**
 * Whether a method requiring `permission` may be called at all: with the permission for every object, or — for a
 * method that checks the object itself (`scoped`) — for some of them.
 */
export function mayCallWith(grants: readonly Grant[], permission: Permission, scoped: boolean): boolean {
  const scopes = scopesOf(grants, permission);
  return scopes.includes('all') || (scoped && scopes.length > 0);
}
