/** Letters and digits that cannot be mistaken for one another when read out or copied by hand (no 0/O, 1/l/I). */
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random initial password of 14 characters (about 81 bits), for the user to change at the first login. */
export function generatedPassword(length = 14): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  let out = '';
  // Bytes of 224 and above are skipped so that every character is equally likely (224 = 4 × 56).
  for (const byte of bytes) {
    if (byte < 224) out += alphabet[byte % alphabet.length];
    if (out.length === length) break;
  }
  return out.length === length ? out : generatedPassword(length);
}
