import type { ProgressEvent, ProgressSource } from '../../../core/api/progress';

/** Fans each progress event out to the current listeners (web mode's event streams, Electron's window). */
export interface ProgressHub extends ProgressSource {
  emit(event: ProgressEvent): void;
}

export function createProgressHub(): ProgressHub {
  const listeners = new Set<(event: ProgressEvent) => void>();
  return {
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
