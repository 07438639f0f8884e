import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAdmin, testSchool } from '../../fixtures/backend/school';
import { openTestBackend, type TestBackend } from '../../fixtures/backend/test-backend';

describe('first-run setup and login', () => {
  let t: TestBackend;
  beforeEach(() => {
    t = openTestBackend();
  });
  afterEach(() => t.dispose());

  it('asks for setup while the database has no user', async () => {
    expect(await t.call('setup.status', {})).toEqual({ needsSetup: true, demo: false });
  });

  it('creates the school and its administrator, who can then log in and is named by auth.me', async () => {
    const session = await t.setUp();
    expect(await t.call('setup.status', {})).toEqual({ needsSetup: false, schoolName: testSchool.name, demo: false });
    const { user } = await t.call('auth.me', {}, session);
    expect(user).toMatchObject({ login: testAdmin.login, fullName: testAdmin.fullName, role: 'administrator' });
  });

  it('refuses a second setup', async () => {
    await t.setUp();
    const error = await t.refusal('setup.createSchool', { school: testSchool, admin: { ...testAdmin, login: 'intruder' } });
    expect(error.code).toBe('SETUP_ALREADY_DONE');
  });

  it('accepts the login in any letter case', async () => {
    await t.setUp();
    const { user } = await t.call('auth.login', { login: 'ADMIN', password: testAdmin.password });
    expect(user.login).toBe(testAdmin.login);
  });

  it('answers a wrong password and an unknown login with the same INVALID_CREDENTIALS', async () => {
    await t.setUp();
    const wrongPassword = await t.refusal('auth.login', { login: testAdmin.login, password: 'not the password' });
    const unknownLogin = await t.refusal('auth.login', { login: 'nobody', password: testAdmin.password });
    expect(wrongPassword).toEqual({ code: 'INVALID_CREDENTIALS' });
    expect(unknownLogin).toEqual(wrongPassword);
  });

  it('stores the password only as a salted scrypt hash', async () => {
    await t.setUp();
    const { password_hash: hash } = t.backend.db.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    expect(hash).toMatch(/^scrypt\$N=32768,r=8,p=1\$/);
    expect(hash).not.toContain(testAdmin.password);
  });

  it('refuses a protected call without a session', async () => {
    await t.setUp();
    expect((await t.refusal('students.list', {}, null)).code).toBe('UNAUTHENTICATED');
    expect((await t.refusal('students.list', {}, 'made-up-token')).code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout', async () => {
    const session = await t.setUp();
    await t.call('auth.logout', {}, session);
    expect((await t.refusal('auth.me', {}, session)).code).toBe('UNAUTHENTICATED');
  });

  it('ends a session left idle for more than 12 hours', async () => {
    const session = await t.setUp();
    t.clock.now = new Date(t.clock.now.getTime() + 11 * 3600_000);
    await t.call('auth.me', {}, session);
    t.clock.now = new Date(t.clock.now.getTime() + 12 * 3600_000 + 1000);
    expect((await t.refusal('auth.me', {}, session)).code).toBe('UNAUTHENTICATED');
  });
});
