/**
 * Seals the school's sync token before it is written to the database. Electron's main process passes one backed by
 * `safeStorage` (the OS keychain / DPAPI / libsecret); web mode and tests, which have no keychain, keep the token
 * as it is, protected only by the data folder's file permissions — `kind` says which, and the settings screen
 * tells the user.
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
