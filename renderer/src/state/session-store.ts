import { create } from 'zustand';
import type { User } from '../../../core/api/auth-api';
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
  school: School | null;
  /** Web mode refused the run token: nothing works until the printed address is opened. */
  runTokenRejected: boolean;
  signIn(session: string, user: User): void;
  setSchool(school: School): void;
  signOut(): void;
  rejectRunToken(): void;
}

const kept = restoreSession(sessionStorage);

export const useSession = create<SessionState>()((set) => ({
  session: kept?.session ?? null,
  user: kept?.user ?? null,
  school: null,
  runTokenRejected: false,
  signIn: (session, user) => {
    keepSession(sessionStorage, session, user);
    set({ session, user });
  },
  setSchool: (school) => {
    setSchoolZone(school);
    set({ school });
  },
  signOut: () => {
    forgetSession(sessionStorage);
    setSchoolZone(null);
    set({ session: null, user: null, school: null });
  },
  rejectRunToken: () => set({ runTokenRejected: true }),
}));
