import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAdmin } from '../../fixtures/backend/school';
import { openBlankOffice, openOffice, type Office } from '../../fixtures/office';
import { initialPassword, ownPassword, signInFirstTime } from '../../fixtures/roles/school-with-roles';

const minutes = (n: number) => n * 60_000;

function auditOf(office: Office, entityId: string) {
  return (office.backend.db.prepare('SELECT user_name, action, changes FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq').all('user', entityId) as {
    user_name: string;
    action: string;
    changes: string;
  }[]).map((row) => ({ by: row.user_name, action: row.action, fields: (JSON.parse(row.changes) as { field: string }[]).map((c) => c.field) }));
}

describe('logins', () => {
  let office: Office;
  let secretaryId: string;
  beforeEach(async () => {
    office = await openOffice();
    secretaryId = (await office.call('users.create', { login: 'secretary', fullName: 'Секретар Школи', roles: ['secretary'], password: initialPassword })).user.id;
  });
  afterEach(() => office.dispose());

  const tryLogin = (password: string, login = 'secretary') => office.backend.invoke('auth.login', { login, password }, null);
  const later = (ms: number) => {
    office.clock.now = new Date(office.clock.now.getTime() + ms);
  };

  describe('wrong passwords in a row', () => {
    it('answer INVALID_CREDENTIALS four times, then TOO_MANY_ATTEMPTS with a one-minute wait', async () => {
      for (let i = 0; i < 4; i++) expect(await tryLogin('wrong password')).toEqual({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
      const fifth = await tryLogin('wrong password');
      expect(fifth).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', params: { minutes: 1 } } });
    });

    it('refuse even the right password while the wait lasts', async () => {
      for (let i = 0; i < 5; i++) await tryLogin('wrong password');
      expect(await tryLogin(initialPassword)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    });

    it('keep the wait across a restart of the app', async () => {
      for (let i = 0; i < 5; i++) await tryLogin('wrong password');
      office.backend.close();
      const reopened = openBlankOffice({ dataDir: office.dataDir });
      reopened.clock.now = office.clock.now;
      office = reopened;
      expect(await tryLogin(initialPassword)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', params: { minutes: 1 } } });
    });

    it('make each further wrong one wait twice as long, at most an hour', async () => {
      for (let i = 0; i < 5; i++) await tryLogin('wrong password');
      const waits: unknown[] = [];
      for (let i = 0; i < 8; i++) {
        later(minutes(61));
        const result = await tryLogin('wrong password');
        waits.push(result.ok ? null : result.error.params?.minutes);
      }
      expect(waits).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
    });

    it('end with the right password once the wait is over', async () => {
      for (let i = 0; i < 5; i++) await tryLogin('wrong password');
      later(minutes(1) + 1000);
      expect((await tryLogin(initialPassword)).ok).toBe(true);
      expect(await tryLogin('wrong password')).toEqual({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    });

    it('are audited as failures on the account, with the wait they started', async () => {
      for (let i = 0; i < 5; i++) await tryLogin('wrong password');
      const failures = auditOf(office, secretaryId).filter((e) => e.fields.includes('failedLogins'));
      expect(failures).toHaveLength(5);
      expect(failures.at(-1)?.fields).toEqual(['failedLogins', 'lockedUntil']);
    });

    it('are counted for an unknown login too, so it cannot be told from a known one', async () => {
      for (let i = 0; i < 4; i++) expect(await tryLogin('x', 'nobody')).toEqual({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
      expect(await tryLogin('x', 'nobody')).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    });
  });

  describe('a new account', () => {
    it('is refused every call but changing the password until it is changed', async () => {
      const { session, user } = await office.as(null).call('auth.login', { login: 'secretary', password: initialPassword });
      expect(user.mustChangePassword).toBe(true);
      expect(await office.as(session).refusal('students.list', {})).toEqual({ code: 'PASSWORD_CHANGE_REQUIRED' });
      expect(await office.as(session).refusal('school.get', {})).toEqual({ code: 'PASSWORD_CHANGE_REQUIRED' });
      await office.as(session).call('auth.changePassword', { currentPassword: initialPassword, newPassword: ownPassword });
      expect((await office.as(session).call('students.list', {})).rows).toEqual([]);
    });

    it('cannot keep a common password, nor one shorter than 10 characters', async () => {
      const { session } = await office.as(null).call('auth.login', { login: 'secretary', password: initialPassword });
      expect(await office.as(session).refusal('auth.changePassword', { currentPassword: initialPassword, newPassword: 'password123' })).toEqual({
        code: 'WEAK_PASSWORD',
        params: { reason: 'common', minLength: 10 },
      });
      expect((await office.as(session).refusal('auth.changePassword', { currentPassword: initialPassword, newPassword: 'short1!' })).code).toBe('INVALID_INPUT');
    });

    it('is never given a common initial password', async () => {
      expect(await office.refusal('users.create', { login: 'deputy', fullName: 'Заступник', roles: ['deputy'], password: 'qwertyuiop' })).toEqual({
        code: 'WEAK_PASSWORD',
        params: { reason: 'common', minLength: 10 },
      });
    });

    it('must change a reset password again, and its open sessions end', async () => {
      const session = await signInFirstTime(office, 'secretary');
      await office.call('users.resetPassword', { id: secretaryId, password: 'Reset-password-2025' });
      expect(await office.as(session).refusal('auth.me', {})).toEqual({ code: 'UNAUTHENTICATED' });
      const again = await office.as(null).call('auth.login', { login: 'secretary', password: 'Reset-password-2025' });
      expect(again.user.mustChangePassword).toBe(true);
    });
  });

  describe('deactivation', () => {
    it("ends the user's open session at its next call", async () => {
      const session = await signInFirstTime(office, 'secretary');
      expect((await office.as(session).call('auth.me', {})).user.login).toBe('secretary');
      await office.call('users.setActive', { id: secretaryId, active: false });
      expect(await office.as(session).refusal('students.list', {})).toEqual({ code: 'UNAUTHENTICATED' });
    });

    it('refuses the login as a wrong password would, until reactivated', async () => {
      await signInFirstTime(office, 'secretary');
      await office.call('users.setActive', { id: secretaryId, active: false });
      expect(await tryLogin(ownPassword)).toEqual({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
      await office.call('users.setActive', { id: secretaryId, active: true });
      expect((await tryLogin(ownPassword)).ok).toBe(true);
    });

    it('is refused for the last active account that may manage users', async () => {
      const { id } = (await office.call('auth.me', {})).user;
      expect(await office.refusal('users.setActive', { id, active: false })).toEqual({ code: 'LAST_USER_MANAGER' });
      expect(await office.refusal('users.update', { id, fullName: testAdmin.fullName, roles: ['secretary'], staffId: null })).toEqual({ code: 'LAST_USER_MANAGER' });
    });

    it('is audited with who did it, as are role changes and password changes', async () => {
      await signInFirstTime(office, 'secretary');
      await office.call('users.update', { id: secretaryId, fullName: 'Секретар Школи', roles: ['secretary', 'deputy'], staffId: null });
      await office.call('users.setActive', { id: secretaryId, active: false });
      const byAdmin = auditOf(office, secretaryId).filter((e) => e.by === testAdmin.fullName);
      expect(byAdmin.map((e) => e.fields)).toEqual([['login', 'fullName', 'roles'], ['roles'], ['active']]);
      const bySecretary = auditOf(office, secretaryId).filter((e) => e.by === 'Секретар Школи');
      expect(bySecretary.map((e) => e.fields)).toEqual([['lastLoginAt'], ['password']]);
    });
  });

  it('applies a change of roles at the next call of an open session', async () => {
    const session = await signInFirstTime(office, 'secretary');
    expect((await office.as(session).refusal('audit.verify', {})).code).toBe('FORBIDDEN');
    await office.call('users.update', { id: secretaryId, fullName: 'Секретар Школи', roles: ['secretary', 'deputy'], staffId: null });
    expect((await office.as(session).call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses a login already taken, in any letter case', async () => {
    expect(await office.refusal('users.create', { login: 'SECRETARY', fullName: 'Ще один', roles: ['secretary'], password: initialPassword })).toEqual({
      code: 'LOGIN_TAKEN',
      params: { login: 'SECRETARY' },
    });
  });
});
