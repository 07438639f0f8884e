import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { push } from '../../fixtures/sync-server/cards';
import { call, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
afterEach(async () => {
  vi.restoreAllMocks();
  await h.close();
});

describe('rate limit', () => {
  it('answers 429 once a token exceeds its requests a minute', async () => {
    h = await startServer({ rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await call(h, 'GET', '/reports/cards', { token: h.tokenA })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('counts each token on its own', async () => {
    h = await startServer({ rateLimitPerMinute: 1 });
    await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    const { status } = await call(h, 'GET', '/reports/cards', { token: h.tokenB });
    expect(status).toBe(200);
  });

  it('says when to retry', async () => {
    h = await startServer({ rateLimitPerMinute: 1 });
    await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    const response = await fetch(`${h.url}/reports/cards`, { headers: { Authorization: `Bearer ${h.tokenA}` } });
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 429 in the error shape', async () => {
    h = await startServer({ rateLimitPerMinute: 1 });
    await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    const { body } = await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    expect(body.error.code).toBe('RATE_LIMITED');
  });
});

describe('unexpected failures', () => {
  it('answers 500 INTERNAL without the cause', async () => {
    h = await startServer();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await sql`DROP TABLE batches`.execute(h.db);
    const response = await fetch(`${h.url}/sync/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${h.tokenA}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(push([])),
    });
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: 'the server could not complete the request' } });
    expect(text).not.toContain('batches');
  });
});
