import { z } from 'zod';
import { userSchema, type User } from '../../../core/api/auth-api';
import { grantSchema, type Grant } from '../../../core/auth/permissions';

const storageKey = 'schoolOffice.session';

const keptSchema = z.object({ session: z.string().min(1), user: userSchema, grants: z.array(grantSchema) });
export type KeptSession = z.infer<typeof keptSchema>;

/** Storage of this tab only (sessionStorage), like the run token: a reload keeps the user signed in, a new tab does not. */
type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The session kept by this tab before a reload, or null (none, or not one this version can read). */
export function restoreSession(storage: TabStorage): KeptSession | null {
  try {
    const parsed = keptSchema.safeParse(JSON.parse(storage.getItem(storageKey) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function keepSession(storage: TabStorage, session: string, user: User, grants: readonly Grant[]): void {
  storage.setItem(storageKey, JSON.stringify({ session, user, grants }));
}

export function forgetSession(storage: TabStorage): void {
  storage.removeItem(storageKey);
}
