import { z } from 'zod';
import { schoolSchema } from '../schemas/school';
import { idSchema } from '../schemas/common';
import { grantSchema, rolesSchema } from '../auth/permissions';
import { method } from './method';

export const userSchema = z.object({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  roles: rolesSchema,
  /** The staff card of the person: a teacher's scope (own class, own assignments) follows it. */
  staffId: idSchema.nullable(),
  /** A new or reset password: every call but changing it is refused until it is changed. */
  mustChangePassword: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const loginSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u);

/** Shortest new password (OWASP ASVS 5.0, 6.2.1); the backend also refuses common ones (WEAK_PASSWORD). */
export const minPasswordLength = 10;
export const passwordSchema = z.string().min(minPasswordLength).max(256);

/** Who is signed in and what their roles let them do: the renderer shows only that. */
const signedInSchema = z.object({ user: userSchema, grants: z.array(grantSchema) });

export const authApi = {
  'setup.status': method(
    'public',
    z.object({}),
    z.object({
      needsSetup: z.boolean(),
      schoolName: z.string().optional(),
      demo: z.boolean(),
      /** The demo school's accounts and their documented passwords, for its login screen; none on a real school. */
      demoAccounts: z.array(z.object({ login: z.string(), password: z.string(), roles: rolesSchema })).max(12).default([]),
    }),
  ),
  /** The first account is the school's administrator and director. */
  'setup.createSchool': method(
    'public',
    z.object({
      school: schoolSchema,
      admin: z.object({ login: loginSchema, fullName: z.string().trim().min(1).max(200), password: passwordSchema }),
    }),
    z.object({ ok: z.literal(true) }),
  ),
  'auth.login': method(
    'public',
    z.object({ login: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }),
    signedInSchema.extend({ session: z.string() }),
  ),
  'auth.logout': method('public', z.object({}), z.object({ ok: z.literal(true) })),
  'auth.me': method('authenticated', z.object({}), signedInSchema),
  'auth.changePassword': method(
    'authenticated',
    z.object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema }),
    signedInSchema,
  ),
};
