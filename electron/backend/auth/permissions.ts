import type { Role } from '../../../core/api/auth-api';

export const permissions = [
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
] as const;
export type Permission = (typeof permissions)[number];

/** Role → what it may do. Roles beyond the administrator get their real sets with the roles issue. */
const grants: Record<Role, ReadonlySet<Permission>> = {
  administrator: new Set(permissions),
  director: new Set(permissions),
  deputy: new Set<Permission>(['authenticated', 'cards.read', 'staff.read', 'audit.read']),
  secretary: new Set<Permission>(['authenticated', 'cards.read', 'cards.write', 'staff.read', 'staff.write', 'audit.read', 'sync.run', 'academic.manage', 'orders.manage', 'yearend.run']),
  class_teacher: new Set<Permission>(['authenticated', 'cards.read']),
  subject_teacher: new Set<Permission>(['authenticated', 'cards.read']),
};

export function can(role: Role, permission: Permission): boolean {
  return permission === 'public' || grants[role].has(permission);
}
