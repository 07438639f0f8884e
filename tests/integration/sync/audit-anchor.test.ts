import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../sync-server/http/app';
import { fullStaffCard, student } from '../../fixtures/backend/cards';
import { tamperWithLog } from '../../fixtures/backend/audit-tampering';
import type { AuditAnchorsTable } from '../../../sync-server/audit/audit-anchors';
import { openOfficePc, type OfficePc } from '../../fixtures/sync/office-pc';
import { openTwoOfficePcs, type TwoOfficePcs } from '../../fixtures/sync/two-office-pcs';
import { startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

/** One office PC and the real central server: the server holds the head of the PC's audit chain after each Sync all. */
describe("the audit log's anchor on the central server", () => {
  let server: Harness;
  let pc: OfficePc;
  beforeEach(async () => {
    server = await startServer();
    pc = await openOfficePc(server.url.replace(/\/api\/v1$/, ''), server.tokenA);
    await pc.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222') });
    await pc.call('staff.save', { card: fullStaffCard() });
  });
  afterEach(async () => {
    pc.dispose();
    await server.close();
  });

  const verify = () => pc.call('audit.verify', {});
  const head = () => (pc.backend.db.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;

  it('says never for a PC that never ran Sync all', async () => {
    expect((await verify()).anchor).toEqual({ status: 'never', checkedAt: null, anchoredSeq: null, divergedAt: null });
  });

  it('says extends, with no drift, for a PC whose log only grew', async () => {
    await pc.syncAll();
    await pc.call('students.save', { card: student('Коваль', 'Олена', 'Іванівна', '333444') });
    await pc.syncAll();
    expect(await verify()).toMatchObject({
      ok: true,
      anchor: { status: 'extends', checkedAt: testNow.toISOString(), anchoredSeq: head(), divergedAt: null },
      drift: [],
      driftTotal: 0,
    });
  });

  it('detects at the next Sync all that the triggers were dropped and the last rows deleted', async () => {
    await pc.syncAll();
    const log = tamperWithLog(pc.dataDir);
    log.deleteFrom(head() - 1);
    // Even the local record of the anchor goes: the server's copy is what counts.
    log.sql("DELETE FROM local_state WHERE key = 'audit_anchor'");
    log.close();
    expect((await verify()).ok).toBe(true);

    await pc.syncAll();
    expect((await verify()).anchor).toMatchObject({ status: 'diverged', reason: 'shorter', detectedBy: 'server', divergedAt: testNow.toISOString() });
  });

  it('detects at the next Sync all a row edited and the chain recomputed after it', async () => {
    await pc.syncAll();
    const log = tamperWithLog(pc.dataDir);
    log.rewrite(3, 'Хтось інший');
    log.sql("DELETE FROM local_state WHERE key = 'audit_anchor'");
    log.close();
    expect((await verify()).ok).toBe(true);

    await pc.syncAll();
    expect((await verify()).anchor).toMatchObject({ status: 'diverged', reason: 'rewritten', detectedBy: 'server' });
  });

  it('notices before the next Sync all that the anchored head is no longer in the log', async () => {
    await pc.syncAll();
    const log = tamperWithLog(pc.dataDir);
    log.rewrite(2, 'Хтось інший');
    log.close();
    expect((await verify()).anchor).toMatchObject({ status: 'diverged', reason: 'rewritten', detectedBy: 'this-pc' });
  });

  it('keeps the divergence on record after the server re-anchors on the rewritten log', async () => {
    await pc.syncAll();
    const log = tamperWithLog(pc.dataDir);
    log.deleteFrom(head());
    log.close();
    await pc.syncAll();
    await pc.syncAll();
    expect((await verify()).anchor).toMatchObject({ status: 'extends', divergedAt: testNow.toISOString() });
  });
});

describe('the anchors of two office PCs of one school', () => {
  let pcs: TwoOfficePcs;
  beforeEach(async () => {
    pcs = await openTwoOfficePcs();
  });
  afterEach(() => pcs.close());

  it('keeps one anchor per PC, each extending while they exchange cards and enrollments, with no drift', async () => {
    const { first, second } = pcs;
    const classId = (await first.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    await first.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222'), classId });
    await first.syncAll();
    await second.syncAll();
    await second.call('staff.save', { card: fullStaffCard() });
    await second.syncAll();
    await first.syncAll();
    for (const pc of [first, second]) {
      expect(await pc.call('audit.verify', {})).toMatchObject({ ok: true, anchor: { status: 'extends', divergedAt: null }, driftTotal: 0 });
    }
    const anchored = await pcs.server.db.withTables<{ audit_anchors: AuditAnchorsTable }>().selectFrom('audit_anchors').select('device_id').execute();
    expect(anchored).toHaveLength(2);
  });
});

describe('a central server from before the anchor', () => {
  let server: Harness;
  let older: ServerType;
  let pc: OfficePc;
  beforeEach(async () => {
    server = await startServer();
    // The same server, answering the anchor's path as a version without it does.
    const app = new Hono();
    app.all('/api/v1/sync/audit-anchor', (c) => c.json({ error: { code: 'NOT_FOUND', message: 'no such endpoint' } }, 404));
    app.route('/', createApp({ db: server.db, now: () => testNow }));
    older = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    pc = await openOfficePc(`http://127.0.0.1:${(older.address() as AddressInfo).port}`, server.tokenA);
  });
  afterEach(async () => {
    pc.dispose();
    await new Promise<void>((resolve) => older.close(() => resolve()));
    await server.close();
  });

  it('still completes Sync all, and verify keeps saying the log was never anchored', async () => {
    await pc.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222') });
    const status = await pc.syncAll();
    expect(status.error).toBeNull();
    expect(status.lastResult?.sent).toBe(1);
    expect((await pc.call('audit.verify', {})).anchor.status).toBe('never');
  });
});
