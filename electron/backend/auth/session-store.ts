import { randomBytes } from 'node:crypto';
import type { User } from '../../../core/api/auth-api';
import type { SessionStore } from '../handler';

export interface SessionSource {
  /** The user as stored now: a changed role applies at the next call, a deactivated user (null) is signed out. */
  activeUser(id: string): User | null;
  /** How long a session lives without a call (the office's session policy). */
  idleMs(): number;
}

/**
 * Sessions live in memory only: a restart of the app asks everyone to log in again. A session names its user; the
 * user is read afresh on every call, so deactivating someone ends their sessions at once.
 */
export function createSessionStore(now: () => Date, source: SessionSource): SessionStore {
  const sessions = new Map<string, { userId: string; lastSeen: number; host: boolean }>();
  return {
    create(user, { host = false } = {}) {
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, { userId: user.id, lastSeen: now().getTime(), host });
      return token;
    },
    resolve(token) {
      const entry = sessions.get(token);
      if (!entry) return null;
      const at = now().getTime();
      const user = at - entry.lastSeen > source.idleMs() ? null : source.activeUser(entry.userId);
      if (!user) {
        sessions.delete(token);
        return null;
      }
      entry.lastSeen = at;
      // The host (the office command line) acts for whoever may open the data folder; no password was typed.
      return entry.host ? { ...user, mustChangePassword: false } : user;
    },
    drop(token) {
      sessions.delete(token);
    },
    dropUser(userId) {
      for (const [token, entry] of sessions) if (entry.userId === userId) sessions.delete(token);
    },
  };
}
