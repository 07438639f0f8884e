import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../../core/rules/catalogue';
import { enrolledStudent, newChange, push, registryCsv, staffCard, studentCard } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
  await loadRegistry(h, registryCsv());
});
afterEach(async () => h.close());

/** School A: one verified student, one staff card with a wrong tax number, one with a warning (a surname begun in lower case). */
async function pushSchool(): Promise<{ verified: string; error: string; warning: string }> {
  const student = newChange('student', studentCard());
  const broken = newChange('staff', staffCard({ taxId: '1234567890' }));
  const warned = newChange('staff', staffCard({ lastName: 'шевчук' }));
  await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([broken, warned, student, ...enrolledStudent(student.id)]) });
  return { verified: student.id, error: broken.id, warning: warned.id };
}

describe('GET /reports/cards', () => {
  it('counts every status in the summary', async () => {
    await pushSchool();
    const { status, body } = await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    expect(status).toBe(200);
    expect(body.summary).toEqual({ total: 3, verified: 1, warning: 1, error: 1, pending: 0 });
    expect(body.generatedAt).toBe(testNow.toISOString());
  });

  it('lists only the cards of the status asked for', async () => {
    const ids = await pushSchool();
    const { body } = await call(h, 'GET', '/reports/cards?status=error', { token: h.tokenA });
    expect(body.cards.map((c: { cardId: string }) => c.cardId)).toEqual([ids.error]);
  });

  it('lists every card for status=all', async () => {
    await pushSchool();
    const { body } = await call(h, 'GET', '/reports/cards?status=all', { token: h.tokenA });
    expect(body.cards).toHaveLength(3);
  });

  it('refuses an unknown status with 400 naming the parameter', async () => {
    const { status, body } = await call(h, 'GET', '/reports/cards?status=bad', { token: h.tokenA });
    expect(status).toBe(400);
    expect(body.error.details[0].path).toBe('status');
  });

  it('drops the report of a deleted card', async () => {
    const cards = Array.from({ length: 5 }, () => newChange('staff', staffCard()));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(cards) });
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([{ type: 'staff', id: cards[0]!.id, baseRev: 1, deleted: true }]) });
    const { body } = await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    expect(body.summary.total).toBe(4);
  });
});

describe('POST /validate', () => {
  it('checks one card against the core rules and the registry', async () => {
    const { status, body } = await call(h, 'POST', '/validate', { token: h.tokenA, body: { type: 'student', data: studentCard({ birthDate: '2014-03-13' }) } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'student', status: 'error', issues: [{ code: 'REGISTRY_BIRTHDATE_MISMATCH', registryValue: '2014-03-12' }] });
  });

  it('stores nothing', async () => {
    await call(h, 'POST', '/validate', { token: h.tokenA, body: { type: 'staff', data: staffCard() } });
    const { body } = await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    expect(body.summary.total).toBe(0);
  });

  it('refuses a malformed card with 400 naming the JSON path', async () => {
    const { status, body } = await call(h, 'POST', '/validate', { token: h.tokenA, body: { type: 'staff', data: { ...staffCard(), rate: 'full' } } });
    expect(status).toBe(400);
    expect(body.error.details[0].path).toBe('rate');
  });

  it('needs a token', async () => {
    const { status } = await call(h, 'POST', '/validate', { body: { type: 'staff', data: staffCard() } });
    expect(status).toBe(401);
  });
});

describe('GET /rules and GET /health', () => {
  it('serves the rule catalogue', async () => {
    const { status, body } = await call(h, 'GET', '/rules');
    expect(status).toBe(200);
    expect(body.rules).toEqual(JSON.parse(JSON.stringify(ruleCatalogue)));
  });

  it('answers health with status ok and the version', async () => {
    const { body } = await call(h, 'GET', '/health');
    expect(body).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('answers an unknown endpoint with 404 in the error shape', async () => {
    const { status, body } = await call(h, 'GET', '/nothing-here', { token: h.tokenA });
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });

  it('compresses a large answer for a client that accepts gzip', async () => {
    const response = await fetch(`${h.url}/rules`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});
