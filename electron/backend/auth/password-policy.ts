import { dictionary } from '@zxcvbn-ts/language-common';
import { minPasswordLength } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';

/** zxcvbn-ts's list of ~49,000 passwords most found in breaches, lower-cased as the check compares. */
let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** A new password must be at least 10 characters and not a common one (OWASP ASVS 5.0, 6.2.1 and 6.2.4). */
export function requireStrongPassword(password: string): void {
  if ([...password].length < minPasswordLength) throw new AppError('WEAK_PASSWORD', { reason: 'short', minLength: minPasswordLength });
  if (commonPasswords().has(password.normalize('NFC').toLowerCase())) throw new AppError('WEAK_PASSWORD', { reason: 'common', minLength: minPasswordLength });
}
