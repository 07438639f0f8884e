import { create } from 'zustand';
import type { User } from '../../../core/api/auth-api';
import type { Grant } from '../../../core/auth/permissions';
import type { School } from '../../../core/schemas/school';
import { forgetSession, keepSession, restoreSession } from './kept-session';
import { setSchoolZone } from './school-zone';

interface SessionState {
  /**
   * Session token from auth.login, kept for this tab only so a reload does not sign the user out; a session the
   * backend no longer knows is refused on the first call, which signs out.
   */
  session: string | null;
  user: User | null;
  /** What the user's roles let them do (auth.me): the screens offer only that. */
  grants: readonly Grant[];
  school: School | null;
  /** Web mode refused the run token: nothing works until the printed address is opened. */
  runTokenRejected: boolean;
  signIn(session: string, user: User, grants: readonly Grant[]): void;
  /** The same session with the user as the backend now has them (a changed password, changed roles). */
  refreshUser(user: User, grants: readonly Grant[]): void;
  setSchool(school: School): void;
  signOut(): void;
  rejectRunToken(): void;
}

const kept = restoreSession(sessionStorage);

export const useSession = create<SessionState>()((set) => ({
  session: kept?.session ?? null,
  user: kept?.user ?? null,
  grants: kept?.grants ?? [],
  school: null,
  runTokenRejected: false,
  signIn: (session, user, grants) => {
    keepSession(sessionStorage, session, user, grants);
    set({ session, user, grants });
  },
  refreshUser: (user, grants) =>
    set((s) => {
      if (s.session) keepSession(sessionStorage, s.session, user, grants);
      return { user, grants };
    }),
  setSchool: (school) => {
    setSchoolZone(school);
    set({ school });
  },
  signOut: () => {
    forgetSession(sessionStorage);
    setSchoolZone(null);
    set({ session: null, user: null, grants: [], school: null });
  },
  rejectRunToken: () => set({ runTokenRejected: true }),
}));
