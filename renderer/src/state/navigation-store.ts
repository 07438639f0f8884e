import { create } from 'zustand';

export type Route =
  | { screen: 'home' }
  | { screen: 'students' }
  /**
   * `id` null: a new card. `focus`: the field path to focus and highlight once the card is open (from the sync report).
   * `back`: where closing the card returns to, when not the list (the sync report it was opened from).
   */
  | { screen: 'student'; id: string | null; focus?: string | undefined; back?: CardBack | undefined }
  | { screen: 'staffList' }
  | { screen: 'staff'; id: string | null; focus?: string | undefined; back?: CardBack | undefined }
  /** Student or staff cards read from an Excel file. */
  | { screen: 'studentImport' }
  | { screen: 'staffImport' }
  | { screen: 'sync' }
  /** `yearId`: the academic year to show; the current one when absent. */
  | { screen: 'classes'; yearId?: string | undefined }
  | { screen: 'class'; id: string }
  | { screen: 'alphabetBook' }
  | { screen: 'orders' }
  | { screen: 'order'; id: string }
  | { screen: 'newOrder' }
  | { screen: 'yearEnd' }
  | { screen: 'documents' }
  | { screen: 'settings' }
  | { screen: 'schoolDetails' }
  | { screen: 'backups' }
  /** A journal to open first (from the completeness report). */
  | { screen: 'journals'; assignmentId?: string; periodId?: string }
  | { screen: 'journalControl' }
  | { screen: 'users' }
  /** A subject teacher's students, names only. */
  | { screen: 'roster' }
  | { screen: 'password' }
  /** A page of the user's guide, opened by "?" (or F1) from the screen `from`, where "back" returns. */
  | { screen: 'help'; page: string; from: Exclude<Route, { screen: 'help' }> };

/** A screen a card can be opened from and return to. */
export type CardBack = { screen: 'sync' };

interface NavigationState {
  route: Route;
  /** Changes with every navigation but not with `replace`, so an editor stays mounted when its new card gets an id. */
  visit: number;
  /** An open editor holds unsaved changes. */
  dirty: boolean;
  /** What the user asked to do while the editor was dirty; runs once they confirm discarding. */
  pending: (() => void) | null;
  navigate(route: Route): void;
  replace(route: Route): void;
  /** Runs `action` now, or after the user confirms discarding unsaved changes. */
  leave(action: () => void): void;
  setDirty(dirty: boolean): void;
  confirmLeave(): void;
  cancelLeave(): void;
  reset(): void;
}

export const useNavigation = create<NavigationState>()((set, get) => ({
  route: { screen: 'home' },
  visit: 0,
  dirty: false,
  pending: null,
  navigate: (route) => get().leave(() => set((s) => ({ route, visit: s.visit + 1 }))),
  replace: (route) => set({ route }),
  leave: (action) => {
    if (get().dirty) set({ pending: action });
    else action();
  },
  setDirty: (dirty) => set({ dirty }),
  confirmLeave: () => {
    const action = get().pending;
    set({ pending: null, dirty: false });
    action?.();
  },
  cancelLeave: () => set({ pending: null }),
  reset: () => set((s) => ({ route: { screen: 'home' }, visit: s.visit + 1, dirty: false, pending: null })),
}));
