import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../sync-server/api-error';
import { maxAnchoredDevicesPerSchool, type AuditAnchorsTable } from '../../../sync-server/audit/audit-anchors';
import { mirrorAdapter } from '../../../sync-server/registry/mirror-adapter';
import { bearerAuth } from '../../../sync-server/http/bearer-auth';
import { rateLimit } from '../../../sync-server/http/rate-limit';
import { auditAnchorRoutes } from '../../../sync-server/http/routes/audit-anchor-routes';
import { call, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

const hashOf = (c: string) => c.repeat(64);
const head = (seq: number, c: string) => ({ seq, hash: hashOf(c) });

let h: Harness;
beforeEach(async () => {
  h = await startServer();
});
afterEach(async () => h.close());

/** One device of school A: asks what the server holds, then sends its head and its row there. */
async function anchor(device: string, body: unknown, token = h.tokenA) {
  return call(h, 'POST', '/sync/audit-anchor', { token, device, body });
}

describe('the audit anchor of the central server', () => {
  it('holds nothing for a device it has never seen', async () => {
    const { status, body } = await call(h, 'GET', '/sync/audit-anchor', { token: h.tokenA, device: 'pc-1' });
    expect(status).toBe(200);
    expect(body).toEqual({ seq: null });
  });

  it('takes a first head as extending nothing, and holds it', async () => {
    const first = await anchor('pc-1', { head: head(5, 'a'), atAnchor: null });
    expect(first.body).toEqual({ status: 'extends', comparedSeq: 0, checkedAt: testNow.toISOString(), divergedAt: null });
    expect((await call(h, 'GET', '/sync/audit-anchor', { token: h.tokenA, device: 'pc-1' })).body).toEqual({ seq: 5 });
  });

  it('answers extends when the chain holds the same hash at the held seq', async () => {
    await anchor('pc-1', { head: head(5, 'a'), atAnchor: null });
    const { body } = await anchor('pc-1', { head: head(9, 'b'), atAnchor: head(5, 'a') });
    expect(body).toMatchObject({ status: 'extends', comparedSeq: 5, divergedAt: null });
  });

  it('answers diverged when the chain is shorter than the held head', async () => {
    await anchor('pc-1', { head: head(9, 'b'), atAnchor: null });
    const { body } = await anchor('pc-1', { head: head(7, 'c'), atAnchor: { seq: 9, hash: null } });
    expect(body).toEqual({ status: 'diverged', reason: 'shorter', comparedSeq: 9, checkedAt: testNow.toISOString(), divergedAt: testNow.toISOString() });
  });

  it('answers diverged when the chain holds another hash at the held seq', async () => {
    await anchor('pc-1', { head: head(5, 'a'), atAnchor: null });
    const { body } = await anchor('pc-1', { head: head(9, 'b'), atAnchor: head(5, 'd') });
    expect(body).toMatchObject({ status: 'diverged', reason: 'rewritten', comparedSeq: 5 });
  });

  it('keeps the time of a divergence after re-anchoring on the new head', async () => {
    await anchor('pc-1', { head: head(5, 'a'), atAnchor: null });
    await anchor('pc-1', { head: head(9, 'b'), atAnchor: head(5, 'd') });
    const { body } = await anchor('pc-1', { head: head(12, 'e'), atAnchor: head(9, 'b') });
    expect(body).toMatchObject({ status: 'extends', comparedSeq: 9, divergedAt: testNow.toISOString() });
  });

  it('keeps each device and each school apart', async () => {
    await anchor('pc-1', { head: head(5, 'a'), atAnchor: null });
    expect((await call(h, 'GET', '/sync/audit-anchor', { token: h.tokenA, device: 'pc-2' })).body).toEqual({ seq: null });
    expect((await call(h, 'GET', '/sync/audit-anchor', { token: h.tokenB, device: 'pc-1' })).body).toEqual({ seq: null });
    expect((await anchor('pc-1', { head: head(1, 'f'), atAnchor: null }, h.tokenB)).body).toMatchObject({ status: 'extends', comparedSeq: 0 });
  });

  it('refuses a row at another seq than the one it holds', async () => {
    await anchor('pc-1', { head: head(5, 'a'), atAnchor: null });
    const { status, body } = await anchor('pc-1', { head: head(9, 'b'), atAnchor: head(4, 'a') });
    expect(status).toBe(400);
    expect(body.error.details).toEqual([{ path: 'atAnchor.seq', message: 'the server holds seq 5' }]);
  });

  it('refuses a malformed head, a missing device id and an oversized body', async () => {
    expect((await anchor('pc-1', { head: { seq: -1, hash: 'x' }, atAnchor: null })).status).toBe(400);
    expect((await call(h, 'GET', '/sync/audit-anchor', { token: h.tokenA })).status).toBe(400);
    expect((await anchor('pc-1', { head: head(1, 'a'), atAnchor: null, pad: 'x'.repeat(10_000) })).status).toBe(413);
  });

  it('refuses a new device once the school has as many anchored devices as it may', async () => {
    const school = await h.db.selectFrom('schools').select('id').where('code', '=', 'A-1001').executeTakeFirstOrThrow();
    const rows = Array.from({ length: maxAnchoredDevicesPerSchool }, (_, i) => ({
      school_id: school.id,
      device_id: `pc-${i}`,
      seq: 1,
      hash: hashOf('a'),
      anchored_at: testNow.toISOString(),
      diverged_at: null,
    }));
    await h.db.withTables<{ audit_anchors: AuditAnchorsTable }>().insertInto('audit_anchors').values(rows).execute();
    expect((await anchor('pc-new', { head: head(1, 'a'), atAnchor: null })).status).toBe(403);
    expect((await anchor('pc-0', { head: head(2, 'b'), atAnchor: head(1, 'a') })).body).toMatchObject({ status: 'extends' });
    expect((await anchor('pc-new', { head: head(1, 'a'), atAnchor: null }, h.tokenB)).status).toBe(200);
  });

  it('refuses a request without a valid token', async () => {
    expect((await call(h, 'GET', '/sync/audit-anchor', { device: 'pc-1' })).status).toBe(401);
  });

  it('protects itself when mounted without the app-wide token check', async () => {
    const deps = {
      db: h.db,
      registry: mirrorAdapter(h.db),
      now: () => testNow,
      bodyLimitBytes: 1,
      auth: bearerAuth(h.db),
      limit: rateLimit({ perMinute: 1, keyOf: (c) => c.get('tokenHash'), who: 'this token' }, () => testNow),
      validateRateLimitPerMinute: 1,
    };
    const bare = new Hono().route('/', auditAnchorRoutes(deps));
    bare.onError((err, c) => (err instanceof ApiError ? c.json(err.body(), err.status) : c.json({}, 500)));
    expect((await bare.request('/sync/audit-anchor', { headers: { 'X-Device-Id': 'pc-1' } })).status).toBe(401);
    const auth = { Authorization: `Bearer ${h.tokenA}`, 'X-Device-Id': 'pc-1' };
    expect((await bare.request('/sync/audit-anchor', { headers: auth })).status).toBe(200);
    expect((await bare.request('/sync/audit-anchor', { headers: auth })).status).toBe(429);
  });
});
