import { describe, expect, it } from 'vitest';
import { createCellSaves, type CellOverlay } from '../../../renderer/src/screens/journals/cell-saves';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('saving journal cells in the background', () => {
  it('shows a cell as saving at once, and saved when the backend answers', async () => {
    const answer = deferred();
    const seen: CellOverlay['status'][] = [];
    const saves = createCellSaves(() => answer.promise, (_key, overlay) => seen.push(overlay.status));
    const done = saves.put('l1', 's1', 10, 'present');
    expect(seen).toEqual(['saving']);
    answer.resolve();
    await done;
    expect(seen).toEqual(['saving', 'saved']);
  });

  it('sends the saves of one cell in the order typed, each after the previous answered', async () => {
    const first = deferred();
    const sent: (number | null)[] = [];
    const saves = createCellSaves(
      async (_l, _s, value) => {
        sent.push(value);
        if (value === 9) await first.promise;
      },
      () => undefined,
    );
    const a = saves.put('l1', 's1', 9, 'present');
    const b = saves.put('l1', 's1', 10, 'present');
    await Promise.resolve();
    expect(sent).toEqual([9]);
    first.resolve();
    await Promise.all([a, b]);
    expect(sent).toEqual([9, 10]);
  });

  it('does not hold one cell’s save behind another cell’s', async () => {
    const slow = deferred();
    const sent: string[] = [];
    const saves = createCellSaves(
      async (lessonId) => {
        sent.push(lessonId);
        if (lessonId === 'l1') await slow.promise;
      },
      () => undefined,
    );
    void saves.put('l1', 's1', 9, 'present');
    await saves.put('l2', 's1', 8, 'present');
    expect(sent).toEqual(['l1', 'l2']);
    slow.resolve();
  });

  it('keeps a refused save visible with its error', async () => {
    const overlays: CellOverlay[] = [];
    const saves = createCellSaves(() => Promise.reject({ code: 'PERIOD_CLOSED' }), (_key, overlay) => overlays.push(overlay));
    await saves.put('l1', 's1', 9, 'present');
    expect(overlays.at(-1)).toEqual({ value: 9, attendance: 'present', status: 'failed', error: { code: 'PERIOD_CLOSED' } });
  });
});
