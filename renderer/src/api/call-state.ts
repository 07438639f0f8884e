import type { CallError } from './client';

/** What a screen knows of one call: the last good answer, the last failure, and whether an answer is awaited. */
export interface CallState<T> {
  data: T | null;
  error: CallError | null;
  loading: boolean;
}

export type CallEvent<T> = { type: 'start' } | { type: 'answer'; data: T } | { type: 'fail'; error: CallError } | { type: 'skip' };

export function initialCallState<T>(loading: boolean): CallState<T> {
  return { data: null, error: null, loading };
}

/**
 * The last good answer stays on screen while a new one is awaited and after a new one fails (shown with its error),
 * so a refused choice can be taken back and a filter that fails does not blank the list. A skipped call (nothing to
 * ask yet) keeps them too.
 */
export function callReducer<T>(state: CallState<T>, event: CallEvent<T>): CallState<T> {
  switch (event.type) {
    case 'start':
      return { ...state, loading: true };
    case 'answer':
      return { data: event.data, error: null, loading: false };
    case 'fail':
      return { ...state, error: event.error, loading: false };
    case 'skip':
      return { ...state, loading: false };
  }
}

/** Numbers one hook's requests so that only the latest one's answer is taken: older answers (the user typed on) are dropped. */
export function latestRequest(): { begin(): () => boolean; drop(): void } {
  let latest = 0;
  return {
    begin() {
      const mine = ++latest;
      return () => mine === latest;
    },
    drop() {
      latest++;
    },
  };
}
