import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxAcknowledgements } from '../../../core/schemas/student';
import { maxIssuesPerAnswer, maxIssuesPerChange } from '../../../core/sync/push';
import { newChange, push, staffCard, studentCard } from '../../fixtures/sync-server/cards';
import { call, callRaw, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
});
afterEach(async () => h.close());

/** A student card with 80 wrongly typed guardian fields: 80 INVALID_DATA issues. */
function cardWithEightyIssues(): unknown {
  const guardian = { relation: 1, lastName: 1, firstName: 1, middleName: 1, phone: 1, email: 1, address: 1, work: 1 };
  return { ...studentCard(), guardians: Array.from({ length: 10 }, () => guardian) };
}

async function storedAnswerBytes(): Promise<number> {
  const rows = await h.db.selectFrom('batches').select('answer').execute();
  return rows.reduce((sum, r) => sum + Buffer.byteLength(r.answer), 0);
}

describe('bounded answers to hostile pushes', () => {
  it('answers a small gzip body with a huge array with a small answer and a small stored row', async () => {
    const card = { ...studentCard(), acknowledgements: Array.from({ length: 1_000_000 }, () => ({})) };
    const body = JSON.stringify(push([newChange('student', card)]));
    const { status, text } = await callRaw(h, '/sync/push', { token: h.tokenA, body, gzip: true });
    expect(status).toBe(200);
    expect(text.length).toBeLessThan(2000);
    expect(await storedAnswerBytes()).toBeLessThan(2000);
    expect(JSON.parse(text).results[0].issues).toEqual([expect.objectContaining({ code: 'INVALID_DATA', field: 'acknowledgements' })]);
  });

  it(`lists at most ${maxIssuesPerChange} issues of one change and counts the rest`, async () => {
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('student', cardWithEightyIssues())]) });
    expect(body.results[0].issues).toHaveLength(maxIssuesPerChange);
    expect(body.results[0].omittedIssues).toBe(80 - maxIssuesPerChange);
    expect(body.omittedIssues).toBe(80 - maxIssuesPerChange);
  });

  it(`lists at most ${maxIssuesPerAnswer} issues in one answer and counts the rest`, async () => {
    const changes = Array.from({ length: 100 }, () => newChange('student', cardWithEightyIssues()));
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(changes) });
    const listed = body.results.reduce((n: number, r: { issues: unknown[] }) => n + r.issues.length, 0);
    expect(listed).toBe(maxIssuesPerAnswer);
    expect(body.omittedIssues).toBe(100 * 80 - maxIssuesPerAnswer);
    expect(body.results.every((r: { outcome: string }) => r.outcome === 'rejected')).toBe(true);
  });

  it('echoes at most 100 characters of a huge type or id', async () => {
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([{ type: 'x'.repeat(1_000_000), id: 'y'.repeat(1_000_000), baseRev: null, data: {} }]) });
    expect(body.results[0].type.length).toBeLessThanOrEqual(101);
    expect(body.results[0].id.length).toBeLessThanOrEqual(101);
    expect(JSON.stringify(body).length).toBeLessThan(1000);
  });

  it('refuses a socialStatus longer than the list of statuses', async () => {
    const card = studentCard({ socialStatus: Array.from({ length: 9 }, () => 'orphan' as const) });
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('student', card)]) });
    expect(body.results[0]).toMatchObject({ outcome: 'rejected', issues: [{ code: 'INVALID_DATA', field: 'socialStatus' }] });
  });

  it('stores a conflict without the server record, and a replay shows the record again', async () => {
    const change = newChange('staff', staffCard({ notes: 'н'.repeat(4000) }));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    const conflicting = push([{ ...change, baseRev: 7 }]);
    const first = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: conflicting });
    const replay = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: conflicting });
    const row = await h.db.selectFrom('batches').select('answer').where('batch_id', '=', conflicting.batchId).executeTakeFirstOrThrow();
    expect(row.answer).not.toContain('н'.repeat(100));
    expect(replay.body).toEqual(first.body);
    expect(first.body.results[0].server.data.notes).toBe('н'.repeat(4000));
  });

  it(`refuses more than ${maxAcknowledgements} acknowledgements on a card`, async () => {
    const card = { ...studentCard(), acknowledgements: Array.from({ length: maxAcknowledgements + 1 }, () => ({ code: 'X', note: 'n' })) };
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('student', card)]) });
    expect(body.results[0]).toMatchObject({ outcome: 'rejected', issues: [{ code: 'INVALID_DATA', field: 'acknowledgements' }] });
  });
});
