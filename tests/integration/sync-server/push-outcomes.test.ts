import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolledStudent, newChange, push, registryCsv, staffCard, studentCard } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
  await loadRegistry(h, registryCsv());
});
afterEach(async () => h.close());

describe('POST /sync/push outcomes', () => {
  it('applies a new record with revision 1', async () => {
    const change = newChange('staff', staffCard());
    const { status, body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([change]) });
    expect(status).toBe(200);
    expect(body.results).toEqual([{ type: 'staff', id: change.id, outcome: 'applied', rev: 1 }]);
  });

  it('applies an edit of the current revision with the next revision', async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    const edit = { ...change, baseRev: 1, data: staffCard({ position: 'Директор' }) };
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([edit]) });
    expect(body.results[0]).toMatchObject({ outcome: 'applied', rev: 2 });
  });

  it('reports a conflict with the server record when baseRev is not the current revision', async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([{ ...change, baseRev: 1, data: staffCard({ position: 'Директор' }) }]) });
    const stale = { ...change, baseRev: 1, data: staffCard({ position: 'Бібліотекар' }) };
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([stale]) });
    expect(body.results[0]).toMatchObject({ outcome: 'conflict', server: { type: 'staff', id: change.id, rev: 2, deleted: false, data: { position: 'Директор' } } });
  });

  it('reports a conflict without a server record for an edit of a record the server does not have', async () => {
    const change = { ...newChange('staff', staffCard()), baseRev: 4 };
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    expect(body.results[0]).toEqual({ type: 'staff', id: change.id, outcome: 'conflict' });
  });

  it('stores an invalid but well-formed card and reports its issues', async () => {
    const change = newChange('staff', staffCard({ taxId: '1234567890' }));
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    expect(body.results[0]).toMatchObject({ outcome: 'applied', rev: 1 });
    const report = body.reports.find((r: { cardId: string }) => r.cardId === change.id);
    expect(report.status).toBe('error');
    expect(report.issues.map((i: { code: string }) => i.code)).toContain('CHECKSUM');
  });

  it('verifies a card that passes every check and matches the registry', async () => {
    const student = newChange('student', studentCard());
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, ...enrolledStudent(student.id)]) });
    const report = body.reports.find((r: { cardId: string }) => r.cardId === student.id);
    expect(report).toMatchObject({ cardId: student.id, type: 'student', rev: 1, status: 'verified', issues: [] });
  });

  it('rejects a change of an unknown type', async () => {
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('homework', {})]) });
    expect(body.results[0]).toMatchObject({ outcome: 'rejected', issues: [{ code: 'UNKNOWN_TYPE' }] });
  });

  it('rejects a change whose id is not a UUID', async () => {
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('staff', staffCard(), 'not-a-uuid')]) });
    expect(body.results[0]).toMatchObject({ outcome: 'rejected', issues: [{ code: 'INVALID_ID', field: 'id' }] });
  });

  it('rejects data of the wrong JSON types, naming the field', async () => {
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('student', { ...studentCard(), documents: 'none' })]) });
    expect(body.results[0]).toMatchObject({ outcome: 'rejected', issues: [{ code: 'INVALID_DATA', field: 'documents' }] });
  });

  it('rejects a change whose baseRev is not a revision, naming the field', async () => {
    const change = { ...newChange('staff', staffCard()), baseRev: 'one' };
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: { batchId: randomUUID(), changes: [change] } });
    expect(body.results[0]).toMatchObject({ id: change.id, outcome: 'rejected', issues: [{ code: 'INVALID_CHANGE', field: 'baseRev' }] });
  });

  it('rejects one malformed change and applies the others of the batch', async () => {
    const good = newChange('staff', staffCard());
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: { batchId: randomUUID(), changes: [{ type: 7, id: 8 }, good] } });
    expect(body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['rejected', 'applied']);
  });

  it('stores nothing of a rejected change', async () => {
    const change = newChange('class', { academicYear: '2025', grade: 'five', label: '5-А' });
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([change]) });
    const pulled = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    expect(pulled.body.changes).toEqual([]);
  });

  it('applies a deletion as a tombstone with the next revision', async () => {
    const cards = Array.from({ length: 10 }, () => newChange('staff', staffCard()));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(cards) });
    const first = cards[0]!;
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([{ type: 'staff', id: first.id, baseRev: 1, deleted: true }]) });
    expect(body.results[0]).toMatchObject({ outcome: 'applied', rev: 2 });
  });

  it('answers with a cursor', async () => {
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('staff', staffCard())]) });
    expect(body.cursor).toMatch(/^\d+$/);
    expect(body.batchId).toBeTypeOf('string');
  });

  it('treats baseRev 0 like null: the record is new', async () => {
    const change = { ...newChange('staff', staffCard()), baseRev: 0 };
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    expect(body.results[0]).toMatchObject({ outcome: 'applied', rev: 1 });
  });

  it('accepts an empty batch', async () => {
    const { status, body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([], randomUUID()) });
    expect(status).toBe(200);
    expect(body.results).toEqual([]);
  });
});
