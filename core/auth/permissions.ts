import { z } from 'zod';

export const roleSchema = z.enum(['administrator', 'director', 'deputy', 'secretary', 'class_teacher', 'subject_teacher']);
export type Role = z.infer<typeof roleSchema>;

/**
 * What a method may require of its caller: `public` needs no session, `authenticated` any signed-in user; the rest are
 * granted by roles. Each contract method names one (core/api), so the renderer shows what a user may do and the
 * backend's dispatch refuses the same calls.
 */
export const permissionSchema = z.enum([
  'public',
  'authenticated',
  'school.admin',
  'cards.read',
  'cards.write',
  'staff.read',
  'staff.write',
  'audit.read',
  'sync.run',
  'academic.manage',
  'orders.manage',
  'yearend.run',
  'documents.print',
  'documents.sign',
  'journals.read',
  'journals.write',
  'periods.close',
  'periods.unlock',
]);
export type Permission = z.infer<typeof permissionSchema>;

const everything = permissionSchema.options;

/** Role → what it may do. Roles beyond the administrator and the director get the matrix of DESIGN §9 with the roles issue. */
export const roleGrants: Record<Role, readonly Permission[]> = {
  administrator: everything,
  director: everything,
  deputy: ['authenticated', 'cards.read', 'staff.read', 'audit.read', 'documents.print'],
  secretary: ['authenticated', 'cards.read', 'cards.write', 'staff.read', 'staff.write', 'audit.read', 'sync.run', 'academic.manage', 'orders.manage', 'yearend.run', 'documents.print'],
  class_teacher: ['authenticated', 'cards.read'],
  subject_teacher: ['authenticated', 'cards.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return permission === 'public' || roleGrants[role].includes(permission);
}
