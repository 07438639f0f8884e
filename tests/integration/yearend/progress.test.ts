import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../core/api/progress';
import type { Office } from '../../fixtures/office';
import { openDemoCopy, seedDemoFolder, transitionDay, type SeededDemo } from '../../fixtures/yearend/demo-office';

describe('the progress of a year-end transition', () => {
  let seeded: SeededDemo;
  let office: Office;
  beforeAll(async () => {
    seeded = await seedDemoFolder();
  }, 120_000);
  afterAll(() => rmSync(seeded.dataDir, { recursive: true, force: true }));
  beforeEach(async () => {
    office = await openDemoCopy(seeded);
  });
  afterEach(() => office.dispose());

  /** Every progress event the backend emits while `work` runs. */
  const heardDuring = async (work: () => Promise<unknown>): Promise<ProgressEvent[]> => {
    const heard: ProgressEvent[] = [];
    const stop = office.backend.onProgress((event) => heard.push(event));
    try {
      await work();
    } finally {
      stop();
    }
    return heard;
  };

  it('reports the backup page by page while the transition is applied', async () => {
    const heard = await heardDuring(() => office.call('yearEnd.apply', { choices: { date: transitionDay } }));
    const backup = heard.filter((e) => e.job === 'yearEnd.apply' && e.phase === 'backup');
    expect(backup.length).toBeGreaterThan(0);
    const last = backup.at(-1);
    expect(last?.total).toBeGreaterThan(0);
    expect(last?.done).toBeGreaterThan(0);
    expect(last?.done).toBeLessThanOrEqual(last?.total ?? 0);
    // Pages only ever grow.
    const copied = backup.map((e) => e.done);
    expect(copied).toEqual([...copied].sort((a, b) => a - b));
  });

  it('goes through the check and the transition, and ends with done', async () => {
    const heard = await heardDuring(() => office.call('yearEnd.apply', { choices: { date: transitionDay } }));
    const phases = [...new Set(heard.filter((e) => e.job === 'yearEnd.apply').map((e) => e.phase))];
    expect(phases).toEqual(['backup', 'checking', 'transition', 'done']);
  });

  it('ends with failed for a transition that was refused', async () => {
    await office.call('yearEnd.apply', { choices: { date: transitionDay } });
    const heard = await heardDuring(() => office.refusal('yearEnd.apply', { choices: { date: transitionDay } }));
    expect(heard.filter((e) => e.job === 'yearEnd.apply').at(-1)?.phase).toBe('failed');
  });

  it('reports the undo and its end', async () => {
    await office.call('yearEnd.apply', { choices: { date: transitionDay } });
    const heard = await heardDuring(() => office.call('yearEnd.undo', {}));
    expect(heard.filter((e) => e.job === 'yearEnd.undo').map((e) => e.phase)).toEqual(['undo', 'done']);
  });
});
