import { rmSync } from 'node:fs';
import { setImmediate } from 'node:timers';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { YearEndProgress } from '../../../core/api/yearend-api';
import { openDemoCopy, seedDemoFolder, transitionDay, type SeededDemo } from '../../fixtures/yearend/demo-office';
import type { Office } from '../../fixtures/office';

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

  /** Applies the transition and asks for its progress again and again until it ends; every answer heard in flight. */
  const applyWatching = async (choices: { date: string }) => {
    let settled = false;
    const applying = office.call('yearEnd.apply', { choices }).finally(() => (settled = true));
    const heard: (YearEndProgress | null)[] = [];
    while (!settled) {
      // A pause between questions, as the wizard's polling has: the backup copies its pages in the gaps.
      await new Promise((resume) => setImmediate(resume));
      const { progress } = await office.call('yearEnd.progress', {});
      if (!settled) heard.push(progress);
    }
    await applying;
    return heard;
  };

  it('has nothing to report before any transition', async () => {
    expect(await office.call('yearEnd.progress', {})).toEqual({ progress: null });
  });

  it('reports the backup page by page while the transition is applied', async () => {
    const heard = await applyWatching({ date: transitionDay });
    const backup = heard.filter((p) => p?.phase === 'backup');
    expect(backup.length).toBeGreaterThan(0);
    const last = backup.at(-1);
    expect(last?.pagesTotal).toBeGreaterThan(0);
    expect(last?.pagesCopied).toBeGreaterThan(0);
    expect(last?.pagesCopied).toBeLessThanOrEqual(last?.pagesTotal ?? 0);
    // Pages only ever grow.
    const copied = backup.map((p) => p?.pagesCopied ?? 0);
    expect(copied).toEqual([...copied].sort((a, b) => a - b));
  });

  it('reports done once the transition has been applied', async () => {
    await applyWatching({ date: transitionDay });
    const { progress } = await office.call('yearEnd.progress', {});
    expect(progress?.phase).toBe('done');
    expect(progress?.pagesCopied).toBe(progress?.pagesTotal);
  });

  it('reports nothing after a transition that was refused', async () => {
    await applyWatching({ date: transitionDay });
    await office.refusal('yearEnd.apply', { choices: { date: transitionDay } });
    expect(await office.call('yearEnd.progress', {})).toEqual({ progress: null });
  });
});
