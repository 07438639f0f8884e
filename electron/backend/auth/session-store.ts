import { randomBytes } from 'node:crypto';
import type { User } from '../../../core/api/auth-api';
import type { SessionStore } from '../handler';

/** A session ends after this long without a call. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;

/** Sessions live in memory only: a restart of the app asks everyone to log in again. */
export function createSessionStore(now: () => Date): SessionStore {
  const sessions = new Map<string, { user: User; lastSeen: number }>();
  return {
    create(user) {
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, { user, lastSeen: now().getTime() });
      return token;
    },
    resolve(token) {
      const entry = sessions.get(token);
      if (!entry) return null;
      const at = now().getTime();
      if (at - entry.lastSeen > sessionIdleMs) {
        sessions.delete(token);
        return null;
      }
      entry.lastSeen = at;
      return entry.user;
    },
    drop(token) {
      sessions.delete(token);
    },
  };
}
