import type { Attendance } from '../../../../core/journals/journal-entities';
import type { CallError } from '../../api/client';

/** What a cell shows while and after it is saved in the background. */
export interface CellOverlay {
  value: number | null;
  attendance: Attendance;
  status: 'saving' | 'saved' | 'failed';
  error?: CallError;
}

export type SaveCell = (lessonId: string, studentId: string, value: number | null, attendance: Attendance) => Promise<void>;

/**
 * Saves cells in the background, one request at a time per cell in the order typed (a later value never lands before
 * an earlier one), without ever making the typist wait. `onChange` hears every overlay change.
 */
export function createCellSaves(save: SaveCell, onChange: (key: string, overlay: CellOverlay) => void) {
  const chains = new Map<string, Promise<void>>();
  let pending = 0;
  return {
    get pending() {
      return pending;
    },
    put(lessonId: string, studentId: string, value: number | null, attendance: Attendance): Promise<void> {
      const key = `${lessonId}:${studentId}`;
      onChange(key, { value, attendance, status: 'saving' });
      pending += 1;
      const previous = chains.get(key) ?? Promise.resolve();
      const next = previous.then(async () => {
        try {
          await save(lessonId, studentId, value, attendance);
          onChange(key, { value, attendance, status: 'saved' });
        } catch (error) {
          onChange(key, { value, attendance, status: 'failed', error: error as CallError });
        } finally {
          pending -= 1;
        }
      });
      chains.set(key, next);
      return next;
    },
  };
}
