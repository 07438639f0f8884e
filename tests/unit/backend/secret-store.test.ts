import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedSecretStore } from '../../../electron/backend/sync/secret-store';

describe('the keyed secret store', () => {
  it('opens what it sealed, and never stores the secret as it is', () => {
    const store = keyedSecretStore(randomBytes(32));
    const sealed = store.seal('school-token-0123456789');
    expect(sealed).not.toContain('school-token');
    expect(store.open(sealed)).toBe('school-token-0123456789');
  });

  it('refuses a token sealed under another key as not configured', () => {
    const sealed = keyedSecretStore(randomBytes(32)).seal('school-token-0123456789');
    expect(() => keyedSecretStore(randomBytes(32)).open(sealed)).toThrow('SYNC_NOT_CONFIGURED');
  });
});
