import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../core/api/contract';
import { api } from './api';
import { toCallError, type CallError } from './client';

export interface TaskState<A extends unknown[], R> {
  /** Runs the task; its result, or null when it failed (the failure is in `error`). */
  run(...args: A): Promise<R | null>;
  running: boolean;
  error: CallError | null;
  reset(): void;
}

/** A save or a command started by the user: whether it runs, and why it failed. */
export function useTask<A extends unknown[], R>(task: (...args: A) => Promise<R>): TaskState<A, R> {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const latestTask = useRef(task);
  latestTask.current = task;
  const run = useCallback(async (...args: A) => {
    setRunning(true);
    setError(null);
    try {
      return await latestTask.current(...args);
    } catch (err) {
      setError(toCallError(err));
      return null;
    } finally {
      setRunning(false);
    }
  }, []);
  const reset = useCallback(() => setError(null), []);
  return { run, running, error, reset };
}

/** One backend method as a user's action (a save, a command). */
export function useAction<M extends MethodName>(method: M): TaskState<[MethodInput<M>], MethodOutput<M>> {
  return useTask((input: MethodInput<M>) => api.call(method, input));
}
