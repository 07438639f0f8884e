import { create } from 'zustand';
import type { MethodOutput } from '../../../../core/api/contract';
import { api } from '../../api/api';
import { toCallError, type CallError } from '../../api/client';
import { isFinished, useProgressStore } from '../../state/progress-store';
import { useSession } from '../../state/session-store';
import type { ReportFilter } from './report-view';

type SyncStatus = MethodOutput<'sync.status'>;

interface SyncState {
  /** What was unsent, the conflicts, the last result and why the last run stopped; asked on opening and after each run. */
  status: SyncStatus | null;
  /** A run is under way: from the status, then from `sync.start`'s progress events. */
  running: boolean;
  /** A failed call of the page itself (starting, asking the status); a failed run is in `status.error`. */
  callError: CallError | null;
  /** Grows each time a run ends, so the report and the conflicts are fetched again. */
  finishedRuns: number;
  /** The report table's filter and search: kept while the user opens a card from it and comes back. */
  filter: ReportFilter;
  search: string;
  setFilter(filter: ReportFilter): void;
  setSearch(search: string): void;
  refresh(): Promise<void>;
  start(): Promise<void>;
}

/** Sync all runs in the backend; this store is the page's view of it, moved on by the run's progress events. */
export const useSyncStore = create<SyncState>()((set, get) => ({
  status: null,
  running: false,
  callError: null,
  finishedRuns: 0,
  filter: 'attention',
  search: '',
  setFilter: (filter) => set({ filter }),
  setSearch: (search) => set({ search }),
  refresh: async () => {
    try {
      const status = await api.call('sync.status', {});
      set({ status, running: status.running, callError: null });
    } catch (err) {
      set({ callError: toCallError(err) });
    }
  },
  start: async () => {
    set({ callError: null });
    useProgressStore.getState().clear('sync.start');
    const endedBefore = get().finishedRuns;
    try {
      await api.call('sync.start', {});
      // A short run may have ended (and said so) before this answer came.
      if (get().finishedRuns === endedBefore) set({ running: true });
    } catch (err) {
      set({ callError: toCallError(err) });
    }
  },
}));

// The run's events move the page on; its end is followed by one status for the result and the error.
useProgressStore.subscribe((state, previous) => {
  const event = state.latest['sync.start'];
  if (!event || event === previous.latest['sync.start']) return;
  if (isFinished(event)) {
    useSyncStore.setState((s) => ({ running: false, finishedRuns: s.finishedRuns + 1 }));
    void useSyncStore.getState().refresh();
  } else {
    useSyncStore.setState({ running: true });
  }
});

// Nothing of a signed-out user's view (their search, the last error) is shown to the next one.
useSession.subscribe((session, previous) => {
  if (previous.session && !session.session) useSyncStore.setState({ status: null, running: false, callError: null, filter: 'attention', search: '' });
});
