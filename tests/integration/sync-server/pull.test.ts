import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newChange, push, registryCsv, staffCard } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startServer, type Harness } from '../../fixtures/sync-server/server-harness';
import { mirrorAdapter } from '../../../sync-server/registry/mirror-adapter';
import { revalidateAllSchools } from '../../../sync-server/validation/registry-revalidation';
import { testNow } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
  await loadRegistry(h, registryCsv());
});
afterEach(async () => h.close());

describe('GET /sync/pull', () => {
  it("hands a device the changes of the school's other devices", async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([change]) });
    const { status, body } = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    expect(status).toBe(200);
    expect(body.changes).toEqual([{ type: 'staff', id: change.id, rev: 1, deleted: false, data: expect.objectContaining({ lastName: 'Шевчук', taxId: change.data && (change.data as { taxId: string }).taxId }) }]);
  });

  it("does not hand a device its own changes", async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([newChange('staff', staffCard())]) });
    const { body } = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-1' });
    expect(body.changes).toEqual([]);
  });

  it('hands out the reports of the cards with the changes', async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([change]) });
    const { body } = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    expect(body.reports).toEqual([expect.objectContaining({ cardId: change.id, type: 'staff', rev: 1, status: 'verified' })]);
  });

  it('leaves out the reports a device already had in the answer to its own push', async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([newChange('staff', staffCard())]) });
    const { body } = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-1' });
    expect(body.reports).toEqual([]);
  });

  it('hands out no report of a registry re-import that changed no verdict', async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([newChange('staff', staffCard())]) });
    const first = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    await revalidateAllSchools(h.db, mirrorAdapter(h.db), testNow);
    const { body } = await call(h, 'GET', `/sync/pull?since=${first.body.cursor}`, { token: h.tokenA, device: 'pc-2' });
    expect(body.reports).toEqual([]);
  });

  it('hands out a deletion as a tombstone without data', async () => {
    const cards = Array.from({ length: 5 }, () => newChange('staff', staffCard()));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push(cards) });
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([{ type: 'staff', id: cards[0]!.id, baseRev: 1, deleted: true }]) });
    const { body } = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    expect(body.changes.find((c: { id: string }) => c.id === cards[0]!.id)).toEqual({ type: 'staff', id: cards[0]!.id, rev: 2, deleted: true });
  });

  it('pages by limit with more until everything is handed out', async () => {
    const cards = Array.from({ length: 5 }, () => newChange('class', { academicYear: '2025/2026', grade: 5, label: '5-А' }));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push(cards) });
    const seen: string[] = [];
    let since: string | undefined;
    for (let more = true; more; ) {
      const { body } = await call(h, 'GET', `/sync/pull?limit=2${since === undefined ? '' : `&since=${since}`}`, { token: h.tokenA, device: 'pc-2' });
      expect(body.changes.length).toBeLessThanOrEqual(2);
      seen.push(...body.changes.map((c: { id: string }) => c.id));
      since = body.cursor;
      more = body.more;
    }
    expect(seen).toEqual(cards.map((c) => c.id));
  });

  it('hands out nothing new after the last cursor', async () => {
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([newChange('staff', staffCard())]) });
    const first = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    const again = await call(h, 'GET', `/sync/pull?since=${first.body.cursor}`, { token: h.tokenA, device: 'pc-2' });
    expect(again.body).toEqual({ changes: [], reports: [], cursor: first.body.cursor, more: false });
  });

  it('hands out the report updates of a registry re-import', async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([change]) });
    const first = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-1' });
    await loadRegistry(h, registryCsv().split('\n').slice(0, 2).join('\n'));
    await revalidateAllSchools(h.db, mirrorAdapter(h.db), testNow);
    const { body } = await call(h, 'GET', `/sync/pull?since=${first.body.cursor}`, { token: h.tokenA, device: 'pc-1' });
    expect(body.reports).toEqual([expect.objectContaining({ cardId: change.id, status: 'error', issues: [expect.objectContaining({ code: 'REGISTRY_NOT_FOUND', field: 'taxId' })] })]);
  });

  it('refuses a malformed cursor with 400 naming the parameter', async () => {
    const { status, body } = await call(h, 'GET', '/sync/pull?since=abc&limit=0', { token: h.tokenA });
    expect(status).toBe(400);
    expect(body.error.details.map((d: { path: string }) => d.path)).toEqual(['since', 'limit']);
  });
});
