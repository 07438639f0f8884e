import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSchool } from '../../../sync-server/admin/schools';
import { issueToken } from '../../../sync-server/admin/tokens';
import { newChange, push, staffCard } from '../../fixtures/sync-server/cards';
import { call, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
});
afterEach(async () => h.close());

describe('many schools at once', () => {
  it('applies concurrent pushes of 20 schools without losing a change', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      await addSchool(h.db, { code: `S-${i}`, name: `School ${i}` }, testNow);
      tokens.push(await issueToken(h.db, `S-${i}`, testNow));
    }
    const answers = await Promise.all(tokens.map((token) => call(h, 'POST', '/sync/push', { token, body: push(Array.from({ length: 25 }, () => newChange('staff', staffCard()))) })));
    expect(answers.map((a) => a.status)).toEqual(tokens.map(() => 200));
    const totals = await Promise.all(tokens.map(async (token) => (await call(h, 'GET', '/reports/cards', { token })).body.summary.total));
    expect(totals).toEqual(tokens.map(() => 25));
  });

  it('answers concurrent pushes of one school with consecutive revisions of a shared record, the rest as conflicts', async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    const edits = Array.from({ length: 5 }, (_, i) => ({ ...change, baseRev: 1, data: staffCard({ position: `Посада ${i}` }) }));
    const answers = await Promise.all(edits.map((edit, i) => call(h, 'POST', '/sync/push', { token: h.tokenA, device: `pc-${i}`, body: push([edit]) })));
    const outcomes = answers.map((a) => a.body.results[0].outcome).sort();
    expect(outcomes).toEqual(['applied', 'conflict', 'conflict', 'conflict', 'conflict']);
  });
});

describe('X-Device-Id', () => {
  it('refuses a malformed device id with 400 naming the header', async () => {
    const { status, body } = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc 1; drop' });
    expect(status).toBe(400);
    expect(body.error.details[0].path).toBe('headers.X-Device-Id');
  });
});
