import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushEnvelopeSchema } from '../../../core/sync/push';
import { newChange, push, staffCard } from '../../fixtures/sync-server/cards';
import { call, callRaw, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer({ bodyLimitBytes: 200_000 });
});
afterEach(async () => h.close());

async function pushTenCards(): Promise<string[]> {
  const cards = Array.from({ length: 10 }, () => newChange('staff', staffCard()));
  await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(cards) });
  return cards.map((c) => c.id);
}

function deletion(id: string) {
  return { type: 'staff', id, baseRev: 1, deleted: true };
}

describe('POST /sync/push guards', () => {
  it('answers a replayed batchId with the first answer, unchanged', async () => {
    const body = push([newChange('staff', staffCard())]);
    const first = await call(h, 'POST', '/sync/push', { token: h.tokenA, body });
    const again = await call(h, 'POST', '/sync/push', { token: h.tokenA, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });

  it('changes nothing on a replay', async () => {
    const body = push([newChange('staff', staffCard())]);
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body });
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body });
    const pulled = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    expect(pulled.body.changes).toHaveLength(1);
    expect(pulled.body.changes[0].rev).toBe(1);
  });

  it('refuses the same batchId with other content with 409', async () => {
    const batchId = randomUUID();
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('staff', staffCard())], batchId) });
    const { status, body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('staff', staffCard())], batchId) });
    expect(status).toBe(409);
    expect(body.error.code).toBe('BATCH_ID_REUSED');
  });

  it('replays a batch answered before bodies were hashed as sent, when its hash is of the parsed body serialised again', async () => {
    const body = push([newChange('staff', staffCard())]);
    const school = await h.db.selectFrom('schools').select('id').where('code', '=', 'A-1001').executeTakeFirstOrThrow();
    const legacyHash = createHash('sha256').update(JSON.stringify(pushEnvelopeSchema.parse(body))).digest('hex');
    const first = { batchId: body.batchId, results: [], reports: [], cursor: '0' };
    await h.db.insertInto('batches').values({ school_id: school.id, batch_id: body.batchId, body_hash: legacyHash, answer: JSON.stringify(first), created_at: testNow.toISOString() }).execute();
    // Laid out otherwise than JSON.stringify lays it out: only the old hash can match it.
    const { status, text } = await callRaw(h, '/sync/push', { token: h.tokenA, body: JSON.stringify(body, null, 2) });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual(first);
  });

  it('lets another school use the same batchId', async () => {
    const batchId = randomUUID();
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('staff', staffCard())], batchId) });
    const { status } = await call(h, 'POST', '/sync/push', { token: h.tokenB, body: push([newChange('staff', staffCard())], batchId) });
    expect(status).toBe(200);
  });

  it('refuses a batch deleting more than 20% of the active cards, whole, with MASS_DELETE', async () => {
    const ids = await pushTenCards();
    const { status, body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(ids.slice(0, 3).map(deletion)) });
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'MASS_DELETE', details: { deleting: 3, active: 10 } });
  });

  it('stores nothing of a batch refused for mass deletion', async () => {
    const ids = await pushTenCards();
    const edit = { ...newChange('staff', staffCard({ position: 'Директор' }), ids[5]), baseRev: 1 };
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([edit, ...ids.slice(0, 3).map(deletion)]) });
    const reports = await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    expect(reports.body.summary.total).toBe(10);
    const pulled = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'other' });
    expect(pulled.body.changes.every((c: { rev: number }) => c.rev === 1)).toBe(true);
  });

  it('accepts a batch deleting exactly 20% of the active cards', async () => {
    const ids = await pushTenCards();
    const { status, body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(ids.slice(0, 2).map(deletion)) });
    expect(status).toBe(200);
    expect(body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'applied']);
  });

  it('refuses a malformed body with 400 naming the JSON paths', async () => {
    const { status, body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: { batchId: 5, changes: [{ type: 'staff', id: randomUUID(), baseRev: null }, 'not a change'] } });
    expect(status).toBe(400);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.details.map((d: { path: string }) => d.path)).toEqual(['batchId', 'changes.1']);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await fetch(`${h.url}/sync/push`, { method: 'POST', headers: { Authorization: `Bearer ${h.tokenA}`, 'Content-Type': 'application/json' }, body: '{"batchId":' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INVALID_INPUT');
  });

  it('refuses more than 5,000 changes with 400', async () => {
    const change = { type: 'x', id: 'y', baseRev: null };
    const { status, body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(Array.from({ length: 5001 }, () => change)) });
    expect(status).toBe(400);
    expect(body.error.details[0].path).toBe('changes');
  });

  it('refuses an oversized body with 413', async () => {
    const big = Array.from({ length: 100 }, () => newChange('staff', staffCard({ notes: 'x'.repeat(4000) })));
    const { status, body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(big) });
    expect(status).toBe(413);
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts a gzip-compressed body', async () => {
    const change = newChange('staff', staffCard());
    const response = await fetch(`${h.url}/sync/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${h.tokenA}`, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: gzipSync(JSON.stringify(push([change]))),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { results: unknown[] }).results).toEqual([{ type: 'staff', id: change.id, outcome: 'applied', rev: 1 }]);
  });

  it('refuses a gzip body that grows beyond the limit once decompressed with 413', async () => {
    const big = Array.from({ length: 100 }, () => newChange('staff', staffCard({ notes: 'x'.repeat(4000) })));
    const response = await fetch(`${h.url}/sync/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${h.tokenA}`, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: gzipSync(JSON.stringify(push(big))),
    });
    expect(response.status).toBe(413);
  });
});
