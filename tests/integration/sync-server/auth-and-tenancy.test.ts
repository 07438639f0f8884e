import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { revokeTokens } from '../../../sync-server/admin/tokens';
import { newChange, push, staffCard } from '../../fixtures/sync-server/cards';
import { call, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
});
afterEach(async () => h.close());

describe('bearer tokens', () => {
  it('refuses a request without a token with 401', async () => {
    const { status, body } = await call(h, 'GET', '/sync/pull');
    expect(status).toBe(401);
    expect(body.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown token with 401', async () => {
    const { status } = await call(h, 'GET', '/reports/cards', { token: 'so1_not-a-real-token-at-all' });
    expect(status).toBe(401);
  });

  it('refuses a revoked token with 401', async () => {
    await revokeTokens(h.db, { token: h.tokenA }, testNow);
    const { status } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([]) });
    expect(status).toBe(401);
  });

  it('stores only a hash of each token', async () => {
    const rows = await h.db.selectFrom('tokens').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(h.tokenA);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('answers health without a token', async () => {
    const { status } = await call(h, 'GET', '/health');
    expect(status).toBe(200);
  });
});

describe('tenant isolation', () => {
  it("does not let school B pull school A's records", async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'a-1', body: push([newChange('staff', staffCard())]) });
    const { body } = await call(h, 'GET', '/sync/pull', { token: h.tokenB, device: 'b-1' });
    expect(body.changes).toEqual([]);
    expect(body.reports).toEqual([]);
  });

  it("does not let school B overwrite a record of school A: the change is rejected", async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    const hostile = { ...change, baseRev: 1, data: staffCard({ lastName: 'Чужий' }) };
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenB, body: push([hostile]) });
    expect(body.results[0]).toMatchObject({ outcome: 'rejected', issues: [{ code: 'FOREIGN_ID' }] });
  });

  it("leaves school A's record untouched after school B's attempt", async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'a-1', body: push([change]) });
    await call(h, 'POST', '/sync/push', { token: h.tokenB, body: push([{ ...change, baseRev: 1, data: staffCard({ lastName: 'Чужий' }) }]) });
    const { body } = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'a-2' });
    expect(body.changes).toEqual([{ type: 'staff', id: change.id, rev: 1, deleted: false, data: expect.objectContaining({ lastName: 'Шевчук' }) }]);
  });

  it("does not show school A's cards in school B's report", async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('staff', staffCard())]) });
    const { body } = await call(h, 'GET', '/reports/cards', { token: h.tokenB });
    expect(body.summary.total).toBe(0);
    expect(body.cards).toEqual([]);
  });

  it("does not reveal school A's record in a conflict answered to school B", async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenB, body: push([{ ...change, baseRev: 7 }]) });
    expect(body.results[0].server).toBeUndefined();
  });
});
