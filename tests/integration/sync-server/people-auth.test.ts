import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newChange, push, staffCard } from '../../fixtures/sync-server/cards';
import { addOfficers, signIn, type Officers } from '../../fixtures/sync-server/officers';
import { call, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
let officers: Officers;
/** The server's clock, moved by the tests that need time to pass. */
let now: Date;

beforeEach(async () => {
  now = testNow;
  h = await startServer({ now: () => now });
  officers = await addOfficers(h);
});
afterEach(async () => h.close());

const hours = (n: number) => n * 3600_000;

describe('POST /auth/login', () => {
  it("answers a session token and the district officer's login, name, role and district", async () => {
    const { status, body } = await call(h, 'POST', '/auth/login', { body: { login: officers.north.login, password: officers.north.password } });
    expect(status).toBe(200);
    expect(body.token).toMatch(/^\S{20,}$/);
    expect(body.user).toEqual({ login: 'olena.north', name: 'Олена Районна', role: 'district', district: 'NORTH' });
  });

  it('answers a ministry officer without a district', async () => {
    const { body } = await call(h, 'POST', '/auth/login', { body: { login: officers.ministry.login, password: officers.ministry.password } });
    expect(body.user).toEqual({ login: 'iryna.ministry', name: 'Ірина Міністерська', role: 'ministry' });
  });

  it('refuses a wrong password with 401', async () => {
    const { status, body } = await call(h, 'POST', '/auth/login', { body: { login: officers.north.login, password: 'wrong-password' } });
    expect(status).toBe(401);
    expect(body.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown login exactly as a wrong password', async () => {
    const unknown = await call(h, 'POST', '/auth/login', { body: { login: 'nobody', password: 'whatever' } });
    const wrong = await call(h, 'POST', '/auth/login', { body: { login: officers.north.login, password: 'whatever' } });
    expect(unknown).toEqual(wrong);
  });

  it('refuses a body without the password with 400 naming it', async () => {
    const { status, body } = await call(h, 'POST', '/auth/login', { body: { login: officers.north.login } });
    expect(status).toBe(400);
    expect(body.error.details).toEqual([expect.objectContaining({ path: 'password' })]);
  });

  it('stores the session token only as a hash', async () => {
    const token = await signIn(h, officers.north);
    const rows = await h.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toContain(token);
  });
});

describe('throttling of failed sign-ins', () => {
  const fail = (login: string) => call(h, 'POST', '/auth/login', { body: { login, password: 'wrong-password' } });

  it('refuses even the right password with 429 after five failures in a row', async () => {
    for (let i = 0; i < 5; i += 1) expect((await fail(officers.north.login)).status).toBe(401);
    const { status, body } = await call(h, 'POST', '/auth/login', { body: { login: officers.north.login, password: officers.north.password } });
    expect(status).toBe(429);
    expect(body.error.code).toBe('RATE_LIMITED');
  });

  it('lets four failures pass and the right password in', async () => {
    for (let i = 0; i < 4; i += 1) await fail(officers.north.login);
    expect((await call(h, 'POST', '/auth/login', { body: { login: officers.north.login, password: officers.north.password } })).status).toBe(200);
  });

  it('starts counting again after a successful sign-in', async () => {
    for (let i = 0; i < 4; i += 1) await fail(officers.north.login);
    await signIn(h, officers.north);
    for (let i = 0; i < 4; i += 1) await fail(officers.north.login);
    expect((await call(h, 'POST', '/auth/login', { body: { login: officers.north.login, password: officers.north.password } })).status).toBe(200);
  });

  it('throttles one login, not the others', async () => {
    for (let i = 0; i < 5; i += 1) await fail(officers.north.login);
    expect((await call(h, 'POST', '/auth/login', { body: { login: officers.south.login, password: officers.south.password } })).status).toBe(200);
  });

  it('lets the login try again once the wait is over', async () => {
    for (let i = 0; i < 5; i += 1) await fail(officers.north.login);
    now = new Date(testNow.getTime() + 15 * 60_000);
    expect((await call(h, 'POST', '/auth/login', { body: { login: officers.north.login, password: officers.north.password } })).status).toBe(200);
  });

  it('throttles unknown logins too, so the answers do not tell which exist', async () => {
    for (let i = 0; i < 5; i += 1) await fail('nobody');
    expect((await fail('nobody')).status).toBe(429);
  });
});

describe('sessions', () => {
  it('ends with logout: the token no longer reads the overview', async () => {
    const token = await signIn(h, officers.north);
    expect((await call(h, 'POST', '/auth/logout', { token })).status).toBe(200);
    const { status } = await call(h, 'GET', '/overview/schools', { token });
    expect(status).toBe(401);
  });

  it('logs out only the one session', async () => {
    const first = await signIn(h, officers.north);
    const second = await signIn(h, officers.north);
    await call(h, 'POST', '/auth/logout', { token: first });
    expect((await call(h, 'GET', '/overview/schools', { token: second })).status).toBe(200);
  });

  it('expires 8 hours after the last use', async () => {
    const token = await signIn(h, officers.north);
    now = new Date(testNow.getTime() + hours(8));
    expect((await call(h, 'GET', '/overview/schools', { token })).status).toBe(401);
  });

  it('lives on while it is used', async () => {
    const token = await signIn(h, officers.north);
    now = new Date(testNow.getTime() + hours(7));
    expect((await call(h, 'GET', '/overview/schools', { token })).status).toBe(200);
    now = new Date(testNow.getTime() + hours(14));
    expect((await call(h, 'GET', '/overview/schools', { token })).status).toBe(200);
  });

  it("cannot push a school's changes", async () => {
    const token = await signIn(h, officers.ministry);
    const { status } = await call(h, 'POST', '/sync/push', { token, body: push([newChange('staff', staffCard())]) });
    expect(status).toBe(401);
  });

  it("cannot pull a school's changes", async () => {
    const token = await signIn(h, officers.ministry);
    expect((await call(h, 'GET', '/sync/pull', { token })).status).toBe(401);
  });

  it("is refused without a token, and a school's token is refused with 403", async () => {
    expect((await call(h, 'GET', '/overview/schools')).status).toBe(401);
    const { status, body } = await call(h, 'GET', '/overview/schools', { token: h.tokenA });
    expect(status).toBe(403);
    expect(body.error.code).toBe('FORBIDDEN');
  });

  it("refuses a school's token on a school's issues with 403", async () => {
    expect((await call(h, 'GET', '/overview/schools/A-1001/issues', { token: h.tokenA })).status).toBe(403);
  });
});
