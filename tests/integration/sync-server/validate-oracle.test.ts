import { afterEach, describe, expect, it, vi } from 'vitest';
import { issueToken } from '../../../sync-server/admin/tokens';
import { olena, registryCsv, staffCard, studentCard } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
afterEach(async () => {
  vi.restoreAllMocks();
  await h.close();
});

async function server(validateRateLimitPerMinute?: number): Promise<Harness> {
  h = await startServer(validateRateLimitPerMinute === undefined ? {} : { validateRateLimitPerMinute });
  await loadRegistry(h, registryCsv());
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  return h;
}

async function validate(card: unknown, token = h.tokenA) {
  return call(h, 'POST', '/validate', { token, body: { type: 'student', data: card } });
}

/** Someone who knows only Olena's birth-certificate number. */
const numberOnly = studentCard({ lastName: 'Невідома', firstName: 'Особа', middleName: 'Тест', birthDate: '2010-01-01', sex: 'M' });

describe('/validate gives no registry values to someone who knows only a document number', () => {
  it('reports the mismatches without the registry values when neither surname nor birth date agrees', async () => {
    await server();
    const { body } = await validate(numberOnly);
    expect(body.issues.map((i: { code: string }) => i.code)).toContain('REGISTRY_NAME_MISMATCH');
    expect(body.issues.filter((i: { registryValue?: string }) => i.registryValue !== undefined)).toEqual([]);
  });

  it('gives the registry values to a card whose surname agrees', async () => {
    await server();
    const { body } = await validate(studentCard({ firstName: 'Алена', birthDate: '2014-03-21' }));
    expect(body.issues).toEqual([
      { code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'firstName', registryValue: olena.firstName },
      { code: 'REGISTRY_BIRTHDATE_MISMATCH', severity: 'error', field: 'birthDate', registryValue: olena.birthDate },
    ]);
  });

  it('gives the registry values to a card whose birth date agrees', async () => {
    await server();
    const { body } = await validate(studentCard({ lastName: 'Коваленка', sex: 'M' }));
    expect(body.issues).toEqual([
      { code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'lastName', registryValue: olena.lastName },
      { code: 'REGISTRY_SEX_MISMATCH', severity: 'error', field: 'sex', registryValue: 'F' },
    ]);
  });

  it('gives no registry values in a push report either', async () => {
    await server();
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: { batchId: 'b-1', changes: [{ type: 'student', id: crypto.randomUUID(), baseRev: null, data: numberOnly }] } });
    expect(JSON.stringify(body.reports)).not.toContain('registryValue');
  });
});

describe('/validate is limited per school', () => {
  it('answers 429 once the school exceeds its /validate calls a minute, below the general limit', async () => {
    await server(2);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await validate(studentCard())).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("counts all of a school's tokens together", async () => {
    await server(2);
    const second = await issueToken(h.db, 'A-1001', testNow);
    await validate(studentCard());
    await validate(studentCard());
    expect((await validate(studentCard(), second)).status).toBe(429);
  });

  it('leaves the other endpoints and other schools alone', async () => {
    await server(1);
    await validate(studentCard());
    expect((await call(h, 'GET', '/reports/cards', { token: h.tokenA })).status).toBe(200);
    expect((await validate(studentCard(), h.tokenB)).status).toBe(200);
  });
});

describe('/validate is logged', () => {
  it("logs the school's code and the count of its calls this minute, and nothing of the card", async () => {
    await server();
    await validate(studentCard());
    await call(h, 'POST', '/validate', { token: h.tokenA, body: { type: 'staff', data: staffCard() } });
    const lines = vi.mocked(console.info).mock.calls.map((args) => args.join(' '));
    expect(lines).toEqual(['sync-server: validate by school A-1001 (1 this minute)', 'sync-server: validate by school A-1001 (2 this minute)']);
    expect(lines.join('\n')).not.toContain(olena.number);
  });
});
