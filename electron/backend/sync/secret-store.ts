import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../../core/errors';

/**
 * Seals the school's sync token before it is written to the database. In Electron the token is sealed with a key that
 * the OS keychain (`safeStorage`: Keychain, DPAPI, libsecret) keeps sealed on disk and the main process hands to the
 * backend's worker at start; web mode and tests, which have no keychain, keep the token as it is, protected only by
 * the data folder's file permissions — `kind` says which, and the settings screen tells the user.
 */
export interface SecretStore {
  readonly kind: 'os' | 'plain';
  seal(secret: string): string;
  open(sealed: string): string;
}

export const plainSecretStore: SecretStore = {
  kind: 'plain',
  seal: (secret) => secret,
  open: (sealed) => sealed,
};

/** AES-256-GCM under a 32-byte key: `base64(iv ‖ tag ‖ ciphertext)`. */
export function keyedSecretStore(key: Uint8Array): SecretStore {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  return {
    kind: 'os',
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      const bytes = Buffer.from(sealed, 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
        decipher.setAuthTag(bytes.subarray(12, 28));
        return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        // Sealed under another key (another machine's keychain, a restored copy): the token must be entered again.
        throw new AppError('SYNC_NOT_CONFIGURED', { reason: 'token_unreadable' });
      }
    },
  };
}
