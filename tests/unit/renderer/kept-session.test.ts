import { describe, expect, it } from 'vitest';
import { forgetSession, keepSession, restoreSession } from '../../../renderer/src/state/kept-session';

function tabStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const user = { id: 'u1', login: 'admin', fullName: 'Адміністратор', roles: ['administrator' as const], staffId: null, mustChangePassword: false };
const grants = [{ permission: 'users.manage' as const, scopes: ['all' as const] }];

describe('a reload of the page in web mode', () => {
  it('keeps the user signed in with the session of this tab', () => {
    const storage = tabStorage();
    keepSession(storage, 'session-token', user, grants);
    expect(restoreSession(storage)).toEqual({ session: 'session-token', user, grants });
  });

  it('finds no session once the user signed out', () => {
    const storage = tabStorage();
    keepSession(storage, 'session-token', user, grants);
    forgetSession(storage);
    expect(restoreSession(storage)).toBeNull();
  });

  it('ignores what it cannot read rather than signing in with it', () => {
    const storage = tabStorage();
    storage.setItem('schoolOffice.session', '{not json');
    expect(restoreSession(storage)).toBeNull();
    storage.setItem('schoolOffice.session', JSON.stringify({ session: 'x', user: { ...user, roles: ['janitor'] }, grants }));
    expect(restoreSession(storage)).toBeNull();
  });
});
