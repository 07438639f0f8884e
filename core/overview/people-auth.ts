import { z } from 'zod';

/** A district officer sees the schools of one district; a ministry officer all of them (DESIGN §11). */
export const personRoleSchema = z.enum(['district', 'ministry']);
export type PersonRole = z.infer<typeof personRoleSchema>;

/** POST /api/v1/auth/login. */
export const loginBodySchema = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** The signed-in person; `district` is the district's code, for a district officer only. */
export const signedInPersonSchema = z.object({
  login: z.string(),
  name: z.string(),
  role: personRoleSchema,
  district: z.string().optional(),
});
export type SignedInPerson = z.infer<typeof signedInPersonSchema>;

export const loginAnswerSchema = z.object({ token: z.string(), user: signedInPersonSchema });
export type LoginAnswer = z.infer<typeof loginAnswerSchema>;
