import { create } from 'zustand';
import type { User } from '../../../core/api/auth-api';
import type { School } from '../../../core/schemas/school';

interface SessionState {
  /** Session token from auth.login: memory only, never written to storage. */
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

export const useSession = create<SessionState>()((set) => ({
  session: null,
  user: null,
  school: null,
  runTokenRejected: false,
  signIn: (session, user) => set({ session, user }),
  setSchool: (school) => set({ school }),
  signOut: () => set({ session: null, user: null, school: null }),
  rejectRunToken: () => set({ runTokenRejected: true }),
}));
