import { create } from 'zustand';
import type { MethodOutput } from '../../../../core/api/contract';
import { api } from '../../api/api';
import { CallError } from '../../api/client';
import { useSession } from '../../state/session-store';
import type { ReportFilter } from './report-view';

type SyncStatus = MethodOutput<'sync.status'>;

/** How often the page asks the backend how far a running Sync all is. */
export const pollInterval = 300;

interface SyncState {
  status: SyncStatus | null;
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

function asCallError(err: unknown): CallError {
  return err instanceof CallError ? err : new CallError('INTERNAL');
}

/** Sync all runs in the backend; this store is the page's view of it. The page polls `refresh` while it runs. */
export const useSyncStore = create<SyncState>()((set, get) => ({
  status: null,
  callError: null,
  finishedRuns: 0,
  filter: 'attention',
  search: '',
  setFilter: (filter) => set({ filter }),
  setSearch: (search) => set({ search }),
  refresh: async () => {
    try {
      const status = await api.call('sync.status', {});
      const wasRunning = get().status?.running ?? false;
      set((s) => ({ status, callError: null, finishedRuns: wasRunning && !status.running ? s.finishedRuns + 1 : s.finishedRuns }));
    } catch (err) {
      set({ callError: asCallError(err) });
    }
  },
  start: async () => {
    set({ callError: null });
    try {
      await api.call('sync.start', {});
      // A short run may end before the next status: marking it running makes that status count as its end.
      set((s) => ({ status: s.status && { ...s.status, running: true, progress: null, error: null } }));
    } catch (err) {
      set({ callError: asCallError(err) });
    }
    await get().refresh();
  },
}));

// Nothing of a signed-out user's view (their search, the last error) is shown to the next one.
useSession.subscribe((session, previous) => {
  if (previous.session && !session.session) useSyncStore.setState({ status: null, callError: null, filter: 'attention', search: '' });
});
