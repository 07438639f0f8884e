import { useCallback, useEffect, useReducer, useRef, useState, type DependencyList } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../core/api/contract';
import { api } from './api';
import { callReducer, initialCallState, latestRequest, type CallEvent, type CallState } from './call-state';
import { toCallError } from './client';

export interface CallResult<T> extends CallState<T> {
  /** Asks again with the same input (a retry, or after a change made elsewhere). */
  reload(): void;
}

/**
 * Calls `method` with `input` whenever `deps` change, like an effect, and keeps only the latest answer. `input` null:
 * nothing to ask now (not loading; the last answer stays).
 */
export function useCall<M extends MethodName>(method: M, input: MethodInput<M> | null, deps: DependencyList): CallResult<MethodOutput<M>> {
  type Output = MethodOutput<M>;
  const [state, dispatch] = useReducer(
    (s: CallState<Output>, e: CallEvent<Output>) => callReducer(s, e),
    input !== null,
    (loading: boolean) => initialCallState<Output>(loading),
  );
  const [revision, setRevision] = useState(0);
  const [requests] = useState(latestRequest);
  const latestInput = useRef(input);
  latestInput.current = input;
  const skipped = input === null;

  useEffect(() => {
    const current = latestInput.current;
    if (current === null) return dispatch({ type: 'skip' });
    const isLatest = requests.begin();
    dispatch({ type: 'start' });
    api.call(method, current).then(
      (data) => isLatest() && dispatch({ type: 'answer', data }),
      (err: unknown) => isLatest() && dispatch({ type: 'fail', error: toCallError(err) }),
    );
    return requests.drop;
    // The caller's deps say when to ask again, as an effect's do; the input is read as it is then.
  }, [method, skipped, revision, requests, ...deps]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { ...state, reload };
}
