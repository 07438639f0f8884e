/**
 * The verification code printed on every page of an archive document (DESIGN §8): 16 characters of Crockford base32,
 * shown as `XXXX-XXXX-XXXX-XXXX`. The code is the first 80 bits of a SHA-256 (see docs/decisions.md, "Archive
 * documents"); this module only encodes, reads back and names those bits, so the renderer can use it without node:crypto.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Bytes of the digest a code carries: 16 characters × 5 bits. */
export const codeBytes = 10;

/** The first 80 bits of `digest` as a code, grouped by four. */
export function codeOfDigest(digest: Uint8Array): string {
  if (digest.length < codeBytes) throw new RangeError(`a verification code needs ${codeBytes} bytes, got ${digest.length}`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest.subarray(0, codeBytes)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return formatCode(out);
}

function formatCode(plain: string): string {
  return plain.match(/.{4}/g)?.join('-') ?? plain;
}

/**
 * What a person typed or a scanner read, as the printed code: case, spaces and hyphens do not matter, and Crockford's
 * look-alikes are read as the digits they resemble (I and L as 1, O as 0). Null when it cannot be a code.
 */
export function normaliseCode(input: string): string | null {
  if (input.length > 64) return null;
  const plain = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (plain.length !== 16 || [...plain].some((c) => !alphabet.includes(c))) return null;
  return formatCode(plain);
}

/** The 80 bits a (normalised) code stands for. */
function bitsOfCode(code: string): Uint8Array {
  const out = new Uint8Array(codeBytes);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of code.replace(/-/g, '')) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out[at++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return out;
}

/**
 * The synced id of the register entry that holds `code`: a version-8 UUID carrying the code's 80 bits, so the server
 * finds a code by its primary key and a code cannot be registered twice (docs/sync-protocol.md, `document`).
 */
export function documentIdOfCode(code: string): string {
  const b = bitsOfCode(code);
  const hex = (bytes: number[]) => bytes.map((x) => x.toString(16).padStart(2, '0')).join('');
  const [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9] = [...b] as [number, number, number, number, number, number, number, number, number, number];
  return `${hex([b0, b1, b2, b3])}-${hex([b4, b5])}-8${hex([b6]).padStart(3, '0')}-8${hex([b7]).padStart(3, '0')}-${hex([b8, b9])}d0c00000`;
}
