import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../core/api/contract';
import type { ProgressEvent } from '../../../core/api/progress';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { sourceWorkerScripts } from '../../../electron/backend/host/backend-host';
import { seedDemoFolder, transitionDay, type SeededDemo } from '../../fixtures/yearend/demo-office';

/** The demo school with its long jobs on a thread of their own, as the app runs it. */
describe('long jobs on a thread of their own', () => {
  let seeded: SeededDemo;
  let backend: Backend;
  let dataDir: string;
  let session: string;
  beforeAll(async () => {
    seeded = await seedDemoFolder();
  }, 120_000);
  afterAll(() => rmSync(seeded.dataDir, { recursive: true, force: true }));
  afterEach(() => {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const open = async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'school-office-jobs-'));
    cpSync(seeded.dataDir, dataDir, { recursive: true });
    backend = createBackend({ dataDir, now: () => new Date(`${transitionDay}T10:00:00`), jobs: { threadScript: sourceWorkerScripts().jobs } });
    const login = await backend.invoke('auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
    if (!login.ok) throw new Error(JSON.stringify(login.error));
    session = (login.value as MethodOutput<'auth.login'>).session;
  };

  it("answers other calls while the year-end transition's transaction is being written", async () => {
    await open();
    let phase = '';
    const stop = backend.onProgress((event) => {
      if (event.job === 'yearEnd.apply') phase = event.phase;
    });
    let applied = false;
    const applying = backend.invoke('yearEnd.apply', { choices: { date: transitionDay } }, session).finally(() => (applied = true));
    let answeredInTransaction = 0;
    while (!applied) {
      // As calls come in the app (IPC, HTTP): one per turn of the event loop, which also hears the job thread.
      await new Promise((resume) => setImmediate(resume));
      const summary = await backend.invoke('home.summary', {}, session);
      expect(summary.ok).toBe(true);
      const list = await backend.invoke('students.list', { search: 'Бонд' }, session);
      expect(list.ok).toBe(true);
      // Answered while the job's one transaction runs: on an inline job runner this never happens.
      if (phase === 'transition' && !applied) answeredInTransaction += 1;
    }
    stop();
    expect((await applying).ok).toBe(true);
    expect(phase).toBe('done');
    expect(answeredInTransaction).toBeGreaterThan(0);
    // The backup before the transition copies the demo with its finished year's grades (~110 MB), answering calls between pages.
  }, 120_000);

  it('sees the transition the job committed on its own connection', async () => {
    await open();
    // The demo's own transition of its finished year stands already; this year's is the job's.
    const runsOfThisYear = async () => {
      const runs = await backend.invoke('yearEnd.runs', {}, session);
      return runs.ok ? (runs.value as MethodOutput<'yearEnd.runs'>).runs.filter((r) => r.closingYear === '2025/2026') : null;
    };
    expect(await runsOfThisYear()).toEqual([]);
    expect((await backend.invoke('yearEnd.apply', { choices: { date: transitionDay } }, session)).ok).toBe(true);
    expect(await runsOfThisYear()).toHaveLength(1);
  });

  it('brings the job thread progress events to the backend', async () => {
    await open();
    const heard: ProgressEvent[] = [];
    const stop = backend.onProgress((event) => heard.push(event));
    await backend.invoke('yearEnd.apply', { choices: { date: transitionDay } }, session);
    stop();
    expect(heard.filter((e) => e.job === 'yearEnd.apply').map((e) => e.phase).at(-1)).toBe('done');
  });

  it('refuses a long job of a user who lacks its permission before it reaches the thread', async () => {
    await open();
    const result = await backend.invoke('yearEnd.apply', { choices: { date: transitionDay } }, 'not-a-session');
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
