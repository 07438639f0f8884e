import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullStaffCard, student } from '../../fixtures/backend/cards';
import { call, startServer, type Harness } from '../../fixtures/sync-server/server-harness';
import { startFlakyProxy, type FlakyProxy } from '../../fixtures/sync/flaky-proxy';
import { openOfficePc, type OfficePc } from '../../fixtures/sync/office-pc';
import { startServerProcess, type ServerProcess } from '../../fixtures/sync/server-process';

/** Everything the server holds for school A, read as a newly installed PC would pull it. */
async function serverCards(server: Harness): Promise<Map<string, { type: string; data: unknown; rev: number }>> {
  const cards = new Map<string, { type: string; data: unknown; rev: number }>();
  let since: string | null = null;
  for (;;) {
    const query: string = since === null ? '?limit=1000' : `?since=${encodeURIComponent(since)}&limit=1000`;
    const { body } = await call(server, 'GET', `/sync/pull${query}`, { token: server.tokenA, device: 'auditor' });
    for (const c of body.changes as { type: string; id: string; rev: number; deleted: boolean; data: unknown }[]) {
      if (c.type !== 'student' && c.type !== 'staff') continue;
      if (c.deleted) cards.delete(c.id);
      else cards.set(c.id, { type: c.type, data: c.data, rev: c.rev });
    }
    since = body.cursor as string;
    if (!body.more) return cards;
  }
}

/**
 * The fault test of issue 3: Sync all cut at random points (request half-sent, answer lost after the server stored
 * the batch, a pull page cut short) over many runs, with new changes between them. One more Sync all then leaves the
 * PC and the server identical: nothing duplicated, nothing lost.
 */
describe('Sync all interrupted at random points', () => {
  let server: Harness;
  let proxy: FlakyProxy;
  let pc: OfficePc;
  beforeAll(async () => {
    server = await startServer();
    const { hostname, port } = new URL(server.url);
    proxy = await startFlakyProxy({ host: hostname, port: Number(port) });
    pc = await openOfficePc(proxy.url, server.tokenA);
  });
  afterAll(async () => {
    pc.dispose();
    await proxy.close();
    await server.close();
  });

  it('leaves the PC and the server identical after one more Sync all', async () => {
    const classId = (await pc.createClass({ academicYear: '2025/2026', grade: 3, label: '3-Б' })).id;
    let serial = 100_000;
    const addStudents = async (n: number) => {
      for (let i = 0; i < n; i++) {
        serial += 1;
        await pc.call('students.save', { card: student(`Прізвище${serial}`, 'Ім’я', 'По батькові', String(serial)), classId });
      }
    };
    await addStudents(30);
    await pc.call('staff.save', { card: fullStaffCard() });

    proxy.cutAfter(null);
    await pc.syncAll();

    const changeSome = async (run: number) => {
      await addStudents(3);
      const { rows } = await pc.call('students.list', {});
      const edited = rows[Math.abs(run) % rows.length]!;
      const current = await pc.call('students.get', { id: edited.id });
      await pc.call('students.save', { id: edited.id, version: current.meta.version, card: { ...current.card, notes: `правка ${run}` } });
    };
    // A clean run of the same size measures how many bytes one moves, so the cuts fall anywhere inside a run.
    await changeSome(-1);
    proxy.cutAfter(null);
    await pc.syncAll();
    const runBytes = proxy.passed;

    let interrupted = 0;
    const cuts = fc.sample(fc.integer({ min: 0, max: runBytes }), { numRuns: 30, seed: 20261123 });
    for (const [run, cut] of cuts.entries()) {
      await changeSome(run);
      proxy.cutAfter(cut);
      const status = await pc.syncAll();
      if (status.error) {
        expect(status.error, `run ${run}, cut at ${cut} of ${runBytes} bytes`).toMatchObject({ code: 'SYNC_UNREACHABLE' });
        interrupted += 1;
      }
    }
    expect(interrupted).toBeGreaterThan(15);

    proxy.cutAfter(null);
    const final = await pc.syncAll();

    expect(final.error).toBeNull();
    expect(final.unsent).toBe(0);
    expect(final.conflicts).toBe(0);
    const local = pc.cards();
    const remote = await serverCards(server);
    expect([...remote.keys()].sort()).toEqual([...local.keys()].sort());
    for (const [id, card] of local) {
      expect(remote.get(id)?.data, `card ${id}`).toEqual(card.data);
      expect(remote.get(id)?.rev, `rev of ${id}`).toBe(card.rev);
    }
  }, 240_000);
});

/** The same with the server process killed outright (SIGKILL) while Sync all runs, then started again. */
describe('Sync all while the server is killed', () => {
  let dir: string;
  let server: ServerProcess;
  let pc: OfficePc;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'school-office-killed-'));
    server = await startServerProcess(dir);
    pc = await openOfficePc(server.url, server.token);
  }, 60_000);
  afterAll(async () => {
    pc.dispose();
    await server.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses and duplicates nothing once the server is back', async () => {
    const classId = (await pc.createClass({ academicYear: '2025/2026', grade: 7, label: '7-В' })).id;
    let serial = 200_000;
    // The first kill comes at once, so at least one run is always cut; the others fall anywhere in a run.
    const delays = [0, ...fc.sample(fc.integer({ min: 0, max: 120 }), { numRuns: 7, seed: 7 })];
    let interrupted = 0;
    for (const delay of delays) {
      for (let i = 0; i < 40; i++) {
        serial += 1;
        await pc.call('students.save', { card: student(`Прізвище${serial}`, 'Ім’я', 'По батькові', String(serial)), classId });
      }
      const { started } = await pc.call('sync.start', {});
      expect(started).toBe(true);
      await new Promise((r) => setTimeout(r, delay));
      await server.kill();
      await pc.backend.sync.idle();
      if ((await pc.call('sync.status', {})).error) interrupted += 1;
      await server.restart();
    }
    expect(interrupted).toBeGreaterThan(0);

    const final = await pc.syncAll();

    expect(final.error).toBeNull();
    expect(final.unsent).toBe(0);
    const reader = await openOfficePc(server.url, server.token);
    try {
      await reader.syncAll();
      const pulled = reader.cards();
      const local = pc.cards();
      expect([...pulled.keys()].sort()).toEqual([...local.keys()].sort());
      for (const [id, card] of local) expect(pulled.get(id)?.data, `card ${id}`).toEqual(card.data);
    } finally {
      reader.dispose();
    }
  }, 240_000);
});
