import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Officers' passwords, hashed as the desktop hashes its users' (electron/backend/auth/password.ts, same stored
 * format; the server may not import the desktop's code and core may not use node:crypto).
 * scrypt cost: 2^15 × 8 × 128 bytes = 32 MiB per hash, stored with the hash so later versions can raise it.
 */
const current = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r * params.p };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** `scrypt$N=32768,r=8,p=1$<salt>$<key>` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, current);
  return `scrypt$N=${current.N},r=${current.r},p=${current.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!m) return false;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const expected = Buffer.from(m[5] ?? '', 'base64url');
  const key = await derive(password, Buffer.from(m[4] ?? '', 'base64url'), params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash no password matches, checked when the login is unknown so both failures take the same time. */
export const unmatchableHash = `scrypt$N=${current.N},r=${current.r},p=${current.p}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(keyLength).toString('base64url')}`;

/** Letters and digits that cannot be mistaken for one another when read aloud or copied from paper. */
const passwordAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of five (about 99 bits): `k7mqd-…`, easy to type, impossible to guess within the throttling. */
export function newOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]).join(''));
  return groups.join('-');
}
