import { z } from 'zod';
import { schoolSchema } from '../schemas/school';
import { roleSchema } from '../auth/permissions';
import { method } from './method';


export const userSchema = z.object({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  role: roleSchema,
});
export type User = z.infer<typeof userSchema>;

export const loginSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u);
export const passwordSchema = z.string().min(8).max(256);

export const authApi = {
  'setup.status': method(
    'public',
    z.object({}),
    z.object({ needsSetup: z.boolean(), schoolName: z.string().optional(), demo: z.boolean() }),
  ),
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
    z.object({ session: z.string(), user: userSchema }),
  ),
  'auth.logout': method('public', z.object({}), z.object({ ok: z.literal(true) })),
  'auth.me': method('authenticated', z.object({}), z.object({ user: userSchema })),
};
