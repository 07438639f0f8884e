import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codeOfDigest, documentIdOfCode, normaliseCode } from '../../../core/archive/verification-code';

const digest = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('verification codes', () => {
  it('writes the first 80 bits of a digest as four groups of four Crockford base32 characters', () => {
    expect(codeOfDigest(new Uint8Array(32))).toBe('0000-0000-0000-0000');
    expect(codeOfDigest(new Uint8Array(32).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    // 0x08 0x42 … : 00001 00001 00001 … → "1111-…"
    expect(codeOfDigest(Uint8Array.from([0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('1111-1111-1111-1111');
    fc.assert(fc.property(digest, (d) => /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/.test(codeOfDigest(d))));
  });

  it('reads a code back whatever its case, spaces and hyphens', () => {
    fc.assert(
      fc.property(digest, (d) => {
        const code = codeOfDigest(d);
        return normaliseCode(code.toLowerCase().replace(/-/g, '')) === code && normaliseCode(` ${code.replace(/-/g, ' ')} `) === code;
      }),
    );
  });

  it('reads Crockford’s look-alikes as the digits they resemble: I and L as 1, O as 0', () => {
    expect(normaliseCode('ilo0-1111-0000-abcd')).toBe('1100-1111-0000-ABCD');
  });

  it('refuses what cannot be a code: wrong length, U, other letters', () => {
    expect(normaliseCode('ABCD-EFGH-JKMN-PQR')).toBeNull();
    expect(normaliseCode('ABCD-EFGH-JKMN-PQRU')).toBeNull();
    expect(normaliseCode('ABCD-EFGH-JKMN-PQRЖ')).toBeNull();
    expect(normaliseCode('x'.repeat(1000))).toBeNull();
  });

  it('names each code’s register entry by a UUID that carries the code, so two codes never share an id', () => {
    const uuid = z.uuid();
    fc.assert(
      fc.property(digest, digest, (a, b) => {
        const [x, y] = [codeOfDigest(a), codeOfDigest(b)];
        return uuid.safeParse(documentIdOfCode(x)).success && (x === y) === (documentIdOfCode(x) === documentIdOfCode(y));
      }),
    );
  });
});
