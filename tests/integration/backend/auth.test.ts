import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAdmin, testSchool } from '../../fixtures/backend/school';
import { openBlankOffice, type Office } from '../../fixtures/office';

describe('first-run setup and login', () => {
  let office: Office;
  beforeEach(() => {
    office = openBlankOffice();
  });
  afterEach(() => office.dispose());

  it('asks for setup while the database has no user', async () => {
    expect(await office.call('setup.status', {})).toEqual({ needsSetup: true, demo: false, demoAccounts: [] });
  });

  it('creates the school and its first account, administrator and director, who can then log in and is named by auth.me', async () => {
    await office.setUp();
    expect(await office.as(null).call('setup.status', {})).toEqual({ needsSetup: false, schoolName: testSchool.name, demo: false, demoAccounts: [] });
    const { user } = await office.call('auth.me', {});
    expect(user).toMatchObject({ login: testAdmin.login, fullName: testAdmin.fullName, roles: ['administrator', 'director'], mustChangePassword: false });
  });

  it('refuses a second setup', async () => {
    await office.setUp();
    const error = await office.as(null).refusal('setup.createSchool', { school: testSchool, admin: { ...testAdmin, login: 'intruder' } });
    expect(error.code).toBe('SETUP_ALREADY_DONE');
  });

  it('accepts the login in any letter case', async () => {
    await office.setUp();
    const { user } = await office.as(null).call('auth.login', { login: 'ADMIN', password: testAdmin.password });
    expect(user.login).toBe(testAdmin.login);
  });

  it('answers a wrong password and an unknown login with the same INVALID_CREDENTIALS', async () => {
    await office.setUp();
    const nobody = office.as(null);
    const wrongPassword = await nobody.refusal('auth.login', { login: testAdmin.login, password: 'not the password' });
    const unknownLogin = await nobody.refusal('auth.login', { login: 'nobody', password: testAdmin.password });
    expect(wrongPassword).toEqual({ code: 'INVALID_CREDENTIALS' });
    expect(unknownLogin).toEqual(wrongPassword);
  });

  it('stores the password only as a salted scrypt hash', async () => {
    await office.setUp();
    const { password_hash: hash } = office.backend.db.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    expect(hash).toMatch(/^scrypt\$N=32768,r=8,p=1\$/);
    expect(hash).not.toContain(testAdmin.password);
  });

  it('refuses a protected call without a session', async () => {
    await office.setUp();
    expect((await office.as(null).refusal('students.list', {})).code).toBe('UNAUTHENTICATED');
    expect((await office.as('made-up-token').refusal('students.list', {})).code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout', async () => {
    await office.setUp();
    await office.call('auth.logout', {});
    expect((await office.refusal('auth.me', {})).code).toBe('UNAUTHENTICATED');
  });

  it('ends a session left idle for more than 30 minutes', async () => {
    await office.setUp();
    office.clock.now = new Date(office.clock.now.getTime() + 29 * 60_000);
    await office.call('auth.me', {});
    office.clock.now = new Date(office.clock.now.getTime() + 30 * 60_000 + 1000);
    expect((await office.refusal('auth.me', {})).code).toBe('UNAUTHENTICATED');
  });

  it('ends a session after the idle time the office set', async () => {
    await office.setUp();
    await office.call('users.saveSessionPolicy', { idleMinutes: 10 });
    office.clock.now = new Date(office.clock.now.getTime() + 10 * 60_000 + 1000);
    expect((await office.refusal('auth.me', {})).code).toBe('UNAUTHENTICATED');
  });
});
