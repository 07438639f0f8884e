import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newChange, push } from '../../fixtures/sync-server/cards';
import { call, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
});
afterEach(async () => h.close());

/** An order of the given number in 2025/2026 withdrawing one student (students need not be on the server). */
function order(number: number) {
  return {
    academicYear: '2025/2026',
    number,
    date: '2025-11-20',
    enteredOn: '2025-11-20',
    kind: 'withdraw',
    items: [{ studentId: randomUUID(), fromClassId: randomUUID(), reason: 'moved_abroad' }],
  };
}

describe('the order register on the server', () => {
  it('refuses a second live order of the school with a number already held in that year', async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([newChange('order', order(7))]) });
    const second = newChange('order', order(7));
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-2', body: push([second]) });
    expect(body.results).toEqual([
      { type: 'order', id: second.id, outcome: 'rejected', issues: [{ code: 'ORDER_NUMBER_TAKEN', severity: 'error', field: 'number', params: { academicYear: '2025/2026', number: 7 } }] },
    ]);
  });

  it('refuses the second of two orders with one number in the same batch', async () => {
    const [a, b] = [newChange('order', order(3)), newChange('order', order(3))];
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([a, b]) });
    expect(body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'rejected']);
  });

  it('accepts the same number in another academic year', async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('order', order(1))]) });
    const next = newChange('order', { ...order(1), academicYear: '2026/2027', date: '2026-09-01', enteredOn: '2026-09-01' });
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([next]) });
    expect(body.results[0]).toMatchObject({ outcome: 'applied' });
  });

  it('accepts the same number in another school', async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('order', order(1))]) });
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenB, body: push([newChange('order', order(1))]) });
    expect(body.results[0]).toMatchObject({ outcome: 'applied' });
  });

  it('frees a number once its order takes another one', async () => {
    const first = newChange('order', order(5));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([first]) });
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([{ ...first, baseRev: 1, data: order(6) }]) });
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('order', order(5))]) });
    expect(body.results[0]).toMatchObject({ outcome: 'applied' });
  });

  it('lets an order keep its own number when it is edited', async () => {
    const first = newChange('order', order(2));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([first]) });
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([{ ...first, baseRev: 1, data: { ...order(2), date: '2025-11-21' } }]) });
    expect(body.results[0]).toMatchObject({ outcome: 'applied', rev: 2 });
  });
});
