import { z } from 'zod';
import { rolesSchema } from '../auth/permissions';
import { idSchema } from '../schemas/common';
import { loginSchema, passwordSchema } from './auth-api';
import { method } from './method';

/** Most accounts one office lists (a school's staff, with room for those who left). */
export const maxUsers = 1000;

export const userRowSchema = z.object({
  id: idSchema,
  login: z.string(),
  fullName: z.string(),
  roles: rolesSchema,
  staffId: idSchema.nullable(),
  /** The linked staff card's name and position, for the list; null without one. */
  staffName: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type UserRow = z.infer<typeof userRowSchema>;

/** The session policy of this office: sessions end after this many minutes without a call. */
export const sessionPolicySchema = z.object({ idleMinutes: z.number().int().min(5).max(480) });
export type SessionPolicy = z.infer<typeof sessionPolicySchema>;

const fullNameSchema = z.string().trim().min(1).max(200);

export const usersApi = {
  'users.list': method('users.manage', z.object({}), z.object({ users: z.array(userRowSchema).max(maxUsers) })),
  /** Staff cards an account may be linked to: names and positions only (the administrator reads no cards). */
  'users.staffOptions': method(
    'users.manage',
    z.object({}),
    z.object({ staff: z.array(z.object({ id: idSchema, name: z.string(), position: z.string() })).max(5000) }),
  ),
  /** A new account; its password is to be changed at the first login. */
  'users.create': method(
    'users.manage',
    z.object({ login: loginSchema, fullName: fullNameSchema, roles: rolesSchema, staffId: idSchema.nullable().default(null), password: passwordSchema }),
    z.object({ user: userRowSchema }),
  ),
  'users.update': method(
    'users.manage',
    z.object({ id: idSchema, fullName: fullNameSchema, roles: rolesSchema, staffId: idSchema.nullable() }),
    z.object({ user: userRowSchema }),
  ),
  /** Deactivating ends the user's sessions at once; accounts are never deleted (the audit names them). */
  'users.setActive': method('users.manage', z.object({ id: idSchema, active: z.boolean() }), z.object({ user: userRowSchema })),
  /** A new password for someone who forgot theirs; to be changed at the next login. */
  'users.resetPassword': method('users.manage', z.object({ id: idSchema, password: passwordSchema }), z.object({ user: userRowSchema })),
  'users.sessionPolicy': method('users.manage', z.object({}), sessionPolicySchema),
  'users.saveSessionPolicy': method('users.manage', sessionPolicySchema, sessionPolicySchema),
};
