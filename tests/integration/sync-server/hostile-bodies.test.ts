import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newChange, push, staffCard } from '../../fixtures/sync-server/cards';
import { call, callRaw, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
});
afterEach(async () => h.close());

function nested(depth: number): string {
  return `{"batchId":"b","changes":[{"type":"staff","id":"x","baseRev":null,"data":${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
}

describe('bodies nested too deep', () => {
  for (const depth of [10_000, 100_000]) {
    it(`refuses a push nested ${depth} levels deep with 400`, async () => {
      const { status, text } = await callRaw(h, '/sync/push', { token: h.tokenA, body: nested(depth) });
      expect(status).toBe(400);
      expect(JSON.parse(text).error.code).toBe('INVALID_INPUT');
    });
  }

  it('refuses a validate body nested 10,000 levels deep with 400', async () => {
    const { status } = await callRaw(h, '/validate', { token: h.tokenA, body: `{"type":"staff","data":${'['.repeat(10_000)}${']'.repeat(10_000)}}` });
    expect(status).toBe(400);
  });

  it('counts no brackets inside strings', async () => {
    const card = staffCard({ notes: '['.repeat(500) });
    const { status } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('staff', card)]) });
    expect(status).toBe(200);
  });

  it('counts the brackets after strings that end in an escaped backslash or hold an escaped quote', async () => {
    const strings = `"a":"end\\\\","b":"\\"[[[[","c":"\\\\\\"]]]"`;
    const body = `{"batchId":"b","changes":[{"type":"staff","id":"x","baseRev":null,${strings},"data":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`;
    const { status, text } = await callRaw(h, '/sync/push', { token: h.tokenA, body });
    expect(status).toBe(400);
    expect(JSON.parse(text).error.message).toContain('nested deeper');
  });

  it('still answers /health after a deep body', async () => {
    await callRaw(h, '/sync/push', { token: h.tokenA, body: nested(100_000) });
    expect((await call(h, 'GET', '/health')).status).toBe(200);
  });
});

describe('bodies that are not UTF-8', () => {
  const invalid = (batchId: string) => {
    const text = new TextEncoder().encode(JSON.stringify(push([], batchId)));
    const at = text.indexOf(0x58); // the "X" in the batch id
    text[at] = 0xff;
    return text;
  };

  it('refuses a push whose bytes are not UTF-8 with 400', async () => {
    const { status, text } = await callRaw(h, '/sync/push', { token: h.tokenA, body: invalid('batch-X') });
    expect(status).toBe(400);
    expect(JSON.parse(text).error.message).toContain('UTF-8');
  });

  it('refuses invalid UTF-8 inside a gzip body with 400', async () => {
    const { status } = await callRaw(h, '/sync/push', { token: h.tokenA, body: invalid('batch-X'), gzip: true });
    expect(status).toBe(400);
  });

  it('stores no batch for a body that is not UTF-8', async () => {
    await callRaw(h, '/sync/push', { token: h.tokenA, body: invalid('batch-X') });
    const rows = await h.db.selectFrom('batches').select('batch_id').execute();
    expect(rows).toEqual([]);
  });
});

describe('refusals before the body is read', () => {
  it('close the connection, so the next request never meets a half-read body', async () => {
    const response = await fetch(`${h.url}/sync/push`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(push([], 'x'.repeat(90))).padEnd(2_000_000, ' ') });
    expect(response.status).toBe(401);
    expect(response.headers.get('connection')).toBe('close');
  });

  it('keep the connection of an answered request open', async () => {
    const response = await fetch(`${h.url}/sync/push`, { method: 'POST', headers: { Authorization: `Bearer ${h.tokenA}`, 'Content-Type': 'application/json' }, body: JSON.stringify(push([])) });
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).not.toBe('close');
  });
});
