import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSchool } from '../../../sync-server/admin/schools';
import { issueToken } from '../../../sync-server/admin/tokens';
import { newChange, push } from '../../fixtures/sync-server/cards';
import { closureChange, journalChanges, lessonChange, markChange, unlockChange, type JournalChanges } from '../../fixtures/sync-server/journal-changes';
import { call, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
let j: JournalChanges;
beforeEach(async () => {
  h = await startServer();
  j = journalChanges();
});
afterEach(async () => h.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read by path, as in the other server tests
async function pushAs(token: string, changes: Parameters<typeof push>[0]): Promise<any[]> {
  const { status, body } = await call(h, 'POST', '/sync/push', { token, device: 'pc-1', body: push(changes) });
  expect(status).toBe(200);
  return body.results;
}

const outcomes = (results: { outcome: string }[]) => results.map((r) => r.outcome);

describe('journal records in a push', () => {
  it('applies a whole journal with its marks, each record referring to one sent before it in the batch', async () => {
    const results = await pushAs(h.tokenA, [...j.changes, markChange(j, 9)]);
    expect(new Set(outcomes(results))).toEqual(new Set(['applied']));
  });

  it('hands the marks to the school\'s other devices on pull', async () => {
    const mark = markChange(j, 9);
    await pushAs(h.tokenA, [...j.changes, mark]);
    const { body } = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    expect(body.changes.find((c: { id: string }) => c.id === mark.id)).toMatchObject({ type: 'mark', rev: 1, data: { value: 9, lessonId: j.lessonId } });
  });

  it('refuses a mark whose lesson the school does not hold', async () => {
    await pushAs(h.tokenA, j.changes);
    const [result] = await pushAs(h.tokenA, [markChange({ ...j, lessonId: crypto.randomUUID() }, 9)]);
    expect(result).toMatchObject({ outcome: 'rejected', issues: [{ code: 'UNKNOWN_REFERENCE', field: 'lessonId', params: { type: 'lesson' } }] });
  });

  it('refuses a mark for another school\'s lesson and student', async () => {
    await pushAs(h.tokenB, j.changes);
    const [result] = await pushAs(h.tokenA, [markChange(j, 9)]);
    expect(result.issues.map((i: { field: string }) => i.field)).toEqual(['lessonId', 'studentId']);
  });

  it('refuses a lesson whose assignment is a record of another type', async () => {
    await pushAs(h.tokenA, j.changes);
    const [result] = await pushAs(h.tokenA, [lessonChange(j.subjectId, '2025-10-15')]);
    expect(result.issues).toEqual([{ code: 'UNKNOWN_REFERENCE', severity: 'error', field: 'assignmentId', params: { type: 'assignment' } }]);
  });

  it('refuses a mark above 12 in a Ukrainian school as out of its wire data', async () => {
    const results = await pushAs(h.tokenA, [...j.changes, markChange(j, 13)]);
    expect(results.at(-1)).toMatchObject({ outcome: 'rejected', issues: [{ code: 'INVALID_DATA', field: 'value' }] });
  });

  it('refuses a mark above 5 in a Kyrgyz school', async () => {
    await addSchool(h.db, { code: 'K-3003', name: 'School K', country: 'KG' }, testNow);
    const token = await issueToken(h.db, 'K-3003', testNow);
    const results = await pushAs(token, [...j.changes, markChange(j, 6), markChange(j, 5)]);
    expect(results.at(-2)).toMatchObject({ outcome: 'rejected', issues: [{ code: 'MARK_OUT_OF_SCALE', field: 'value', params: { mark: 6, min: 1, max: 5 } }] });
    expect(results.at(-1)).toMatchObject({ outcome: 'applied' });
  });

  it('refuses an attendance value the protocol does not know', async () => {
    const mark = markChange(j, null);
    const results = await pushAs(h.tokenA, [...j.changes, { ...mark, data: { ...(mark.data as object), attendance: 'sick' } }]);
    expect(results.at(-1)).toMatchObject({ outcome: 'rejected', issues: [{ code: 'INVALID_DATA', field: 'attendance' }] });
  });

  it('refuses an unlock longer than 14 days', async () => {
    const results = await pushAs(h.tokenA, [...j.changes, closureChange(j), unlockChange(j, '2025-10-14T12:00:00.000Z', '2025-10-28T12:00:01.000Z')]);
    expect(results.at(-1)).toMatchObject({ outcome: 'rejected', issues: [{ code: 'UNLOCK_TOO_LONG', field: 'until' }] });
  });
});

describe('closed periods in a push', () => {
  it('applies the marks a batch carries before the closure that follows them', async () => {
    const results = await pushAs(h.tokenA, [...j.changes, markChange(j, 9), closureChange(j)]);
    expect(new Set(outcomes(results))).toEqual(new Set(['applied']));
  });

  it('refuses a mark in a period the school closed', async () => {
    await pushAs(h.tokenA, [...j.changes, closureChange(j)]);
    const [result] = await pushAs(h.tokenA, [markChange(j, 9)]);
    expect(result).toMatchObject({ outcome: 'rejected', issues: [{ code: 'PERIOD_CLOSED', params: { periodId: j.periodId } }] });
  });

  it('refuses a new lesson and the removal of a mark in a closed period', async () => {
    const mark = markChange(j, 9);
    await pushAs(h.tokenA, [...j.changes, mark, closureChange(j)]);
    const results = await pushAs(h.tokenA, [lessonChange(j.assignmentId, '2025-10-16'), { ...mark, baseRev: 1, deleted: true, data: undefined }]);
    expect(results.map((r) => r.issues?.[0]?.code)).toEqual(['PERIOD_CLOSED', 'PERIOD_CLOSED']);
  });

  it('applies a mark under an active unlock of its journal', async () => {
    await pushAs(h.tokenA, [...j.changes, closureChange(j)]);
    const unlock = unlockChange(j, '2025-10-14T12:00:00.000Z', '2025-10-20T12:00:00.000Z');
    const results = await pushAs(h.tokenA, [unlock, markChange(j, 9, { unlockId: unlock.id })]);
    expect(outcomes(results)).toEqual(['applied', 'applied']);
  });

  it('refuses a mark under an unlock that has expired', async () => {
    await pushAs(h.tokenA, [...j.changes, closureChange(j), unlockChange(j, '2025-10-10T12:00:00.000Z', '2025-10-15T08:00:00.000Z')]);
    const [result] = await pushAs(h.tokenA, [markChange(j, 9)]);
    expect(result.issues[0].code).toBe('PERIOD_CLOSED');
  });

  it('refuses a mark under an unlock of another journal of the class', async () => {
    const physics = newChange('subject', { name: 'Фізика', shortName: 'Фіз' });
    await pushAs(h.tokenA, [...j.changes, physics, closureChange(j), unlockChange(j, '2025-10-14T12:00:00.000Z', '2025-10-20T12:00:00.000Z', physics.id)]);
    const [result] = await pushAs(h.tokenA, [markChange(j, 9)]);
    expect(result.issues[0].code).toBe('PERIOD_CLOSED');
  });
});
