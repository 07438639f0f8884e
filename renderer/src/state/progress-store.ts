import { create } from 'zustand';
import type { ProgressEvent } from '../../../core/api/progress';

interface ProgressState {
  /** The latest event of each job, by the job's name (`yearEnd.apply`, `sync.start`, …). */
  latest: Readonly<Record<string, ProgressEvent>>;
  receive(event: ProgressEvent): void;
  /** Forgets a job's last run, so a new one starts with an empty bar rather than the old `done`. */
  clear(job: string): void;
}

/** Every long job's progress, fed by the transport's events (api/api.ts). */
export const useProgressStore = create<ProgressState>()((set) => ({
  latest: {},
  receive: (event) => set((s) => ({ latest: { ...s.latest, [event.job]: event } })),
  clear: (job) =>
    set((s) => {
      const { [job]: _cleared, ...rest } = s.latest;
      return { latest: rest };
    }),
}));

/** The latest event of `job`, or null before it has reported any. */
export function useProgress(job: string): ProgressEvent | null {
  return useProgressStore((s) => s.latest[job] ?? null);
}

/** A finished job's last phase: the bar is full or gone, and its result is asked once. */
export function isFinished(event: ProgressEvent | null): boolean {
  return event?.phase === 'done' || event?.phase === 'failed';
}

/** Whole percent of the job's work, rounded down so 100% means finished; null (an indeterminate bar) while the size is not known. */
export function progressPercent(event: ProgressEvent | null): number | null {
  if (!event) return null;
  if (event.phase === 'done') return 100;
  if (event.total <= 0) return null;
  return Math.floor((Math.min(event.done, event.total) / event.total) * 100);
}
