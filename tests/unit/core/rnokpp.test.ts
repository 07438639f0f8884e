import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/rules/calendar';
import { decodeRnokpp, makeRnokpp, rnokppCheckDigit, rnokppIssues } from '../../../core/rules/rnokpp';
import type { Sex } from '../../../core/schemas/common';

const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];

/** The weighted sum of DESIGN §4 mod 11 (0–10), before the final mod 10 that makes it a digit. */
function remainder(rnokpp: string): number {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(rnokpp[i]), 0);
  return ((sum % 11) + 11) % 11;
}

function codes(value: string, person: { birthDate: string; sex?: Sex }): string[] {
  return rnokppIssues('taxId', value, person).map((i) => i.code);
}

const sexes = fc.constantFrom<Sex>('M', 'F');
/** Birth dates an RNOKPP can encode: day 1 (1900-01-01) to 2150-12-31, well inside 99 999 days. */
const encodableDates = fc.integer({ min: 1, max: 91_677 }).map((days) => addDays('1899-12-31', days));
const serials = fc.integer({ min: 0, max: 999 });
const validRnokpps = fc.record({ birthDate: encodableDates, sex: sexes, serial: serials }).map((p) => ({ ...p, rnokpp: makeRnokpp(p.birthDate, p.sex, p.serial) }));

/** Every number that differs from `rnokpp` in exactly one digit (90 of them), with the 0-based position changed. */
function singleDigitChanges(rnokpp: string): { position: number; changed: string }[] {
  return [...rnokpp].flatMap((original, position) =>
    [...'0123456789'].filter((d) => d !== original).map((d) => ({ position, changed: `${rnokpp.slice(0, position)}${d}${rnokpp.slice(position + 1)}` })),
  );
}

describe('RNOKPP check digit', () => {
  it('is 6 for the worked example 175901377', () => {
    expect(rnokppCheckDigit('175901377')).toBe(6);
  });

  it('uses a non-negative modulo when the weighted sum is negative', () => {
    // Only d1 is weighted negatively: −1·9 = −9 ≡ 2 (mod 11).
    expect(rnokppCheckDigit('900000000')).toBe(2);
  });

  it('turns a remainder of 10 into the digit 0', () => {
    // 5·2 = 10 ≡ 10 (mod 11), then mod 10.
    expect(rnokppCheckDigit('020000000')).toBe(0);
  });
});

describe('decoding an RNOKPP', () => {
  it('reads 1759013776 as a man born on 1948-02-28', () => {
    expect(decodeRnokpp('1759013776')).toEqual({ birthDate: '1948-02-28', sex: 'M' });
  });

  it('reads the day count 00001 as 1900-01-01', () => {
    expect(decodeRnokpp(makeRnokpp('1900-01-01', 'F', 0))?.birthDate).toBe('1900-01-01');
  });

  it('reads an even ninth digit as female', () => {
    expect(decodeRnokpp(makeRnokpp('2015-03-14', 'F', 7))?.sex).toBe('F');
  });

  it('gives nothing for a number with a wrong check digit', () => {
    expect(decodeRnokpp('1759013777')).toBeNull();
  });

  it('gives nothing for a number that is not ten digits', () => {
    expect(decodeRnokpp('175901377')).toBeNull();
  });
});

describe('making an RNOKPP', () => {
  it('encodes 1900-01-01 as the day count 00001', () => {
    expect(makeRnokpp('1900-01-01', 'M', 0).slice(0, 5)).toBe('00001');
  });

  it('puts the serial into digits 6–8', () => {
    expect(makeRnokpp('2015-03-14', 'M', 42).slice(5, 8)).toBe('042');
  });

  it('refuses a text that is not a date', () => {
    expect(() => makeRnokpp('2015-02-30', 'M', 1)).toThrow(RangeError);
  });

  it('refuses a date beyond 99 999 days', () => {
    expect(() => makeRnokpp('2200-01-01', 'M', 1)).toThrow(RangeError);
  });

  it('refuses a serial outside 0–999', () => {
    expect(() => makeRnokpp('2015-03-14', 'M', 1000)).toThrow(RangeError);
  });
});

describe('RNOKPP issues', () => {
  it('finds nothing in the worked example for a man born on 1948-02-28', () => {
    expect(rnokppIssues('taxId', '1759013776', { birthDate: '1948-02-28', sex: 'M' })).toEqual([]);
  });

  it('does not judge an empty value', () => {
    expect(rnokppIssues('taxId', '', { birthDate: '1948-02-28' })).toEqual([]);
  });

  it('reports FORMAT for nine digits', () => {
    expect(rnokppIssues('taxId', '175901377', { birthDate: '1948-02-28' })).toEqual([
      { code: 'FORMAT', severity: 'error', field: 'taxId', params: { format: 'rnokpp' } },
    ]);
  });

  it('reports FORMAT for a letter among the digits', () => {
    expect(codes('17590137A6', { birthDate: '1948-02-28' })).toEqual(['FORMAT']);
  });

  it('reports CHECKSUM for a wrong check digit', () => {
    expect(rnokppIssues('taxId', '1759013775', { birthDate: '1948-02-28' })).toEqual([
      { code: 'CHECKSUM', severity: 'error', field: 'taxId', params: { format: 'rnokpp' } },
    ]);
  });

  it('warns TAXID_BIRTHDATE_MISMATCH with the encoded and the typed date', () => {
    expect(rnokppIssues('taxId', '1759013776', { birthDate: '1948-03-01', sex: 'M' })).toEqual([
      { code: 'TAXID_BIRTHDATE_MISMATCH', severity: 'warning', field: 'taxId', params: { expected: '1948-02-28', actual: '1948-03-01' } },
    ]);
  });

  it('leaves the birth date alone when the card has no real date yet', () => {
    expect(codes('1759013776', { birthDate: '1948-02-30', sex: 'M' })).toEqual([]);
  });

  it('warns TAXID_SEX_MISMATCH with the encoded and the typed sex', () => {
    expect(rnokppIssues('taxId', '1759013776', { birthDate: '1948-02-28', sex: 'F' })).toEqual([
      { code: 'TAXID_SEX_MISMATCH', severity: 'warning', field: 'taxId', params: { expected: 'M', actual: 'F' } },
    ]);
  });

  it('leaves the sex alone when the card has none', () => {
    expect(codes('1759013776', { birthDate: '1948-02-28' })).toEqual([]);
  });

  it('reports both mismatches together', () => {
    expect(codes('1759013776', { birthDate: '1950-01-01', sex: 'F' })).toEqual(['TAXID_BIRTHDATE_MISMATCH', 'TAXID_SEX_MISMATCH']);
  });
});

describe('RNOKPP properties', () => {
  it('a made RNOKPP passes with the birth date and sex it was made for', () => {
    fc.assert(
      fc.property(validRnokpps, ({ rnokpp, birthDate, sex }) => {
        expect(rnokppIssues('taxId', rnokpp, { birthDate, sex })).toEqual([]);
        expect(decodeRnokpp(rnokpp)).toEqual({ birthDate, sex });
      }),
    );
  });

  it('a change of one of digits 1–9 always moves the weighted sum mod 11', () => {
    // Each weight is non-zero mod 11 and a digit changes by 1–9, also non-zero mod 11; 11 is prime, so the product is too.
    fc.assert(
      fc.property(validRnokpps, ({ rnokpp }) =>
        singleDigitChanges(rnokpp)
          .filter((c) => c.position < 9)
          .every(({ changed }) => remainder(changed) !== remainder(rnokpp)),
      ),
    );
  });

  it('a change of the check digit always fails with CHECKSUM', () => {
    fc.assert(
      fc.property(validRnokpps, ({ rnokpp, birthDate, sex }) => {
        for (const { changed } of singleDigitChanges(rnokpp).filter((c) => c.position === 9)) {
          expect(codes(changed, { birthDate, sex })).toEqual(['CHECKSUM']);
        }
      }),
    );
  });

  /*
   * "Any one-digit change fails" does not hold in general: the final mod 10 maps the remainders 0 and 10 to the same
   * check digit 0. What holds: a change of digits 1–9 fails with CHECKSUM unless it moves the remainder between 0 and
   * 10; then the checksum passes and only what the digits encode can catch it — digits 1–5 (the birth date) give
   * TAXID_BIRTHDATE_MISMATCH, digit 9 changed by an odd amount gives TAXID_SEX_MISMATCH, and a change of digits
   * 6–8 or an even change of digit 9 goes undetected.
   */
  it('a change of one of digits 1–9 fails with CHECKSUM exactly when the remainder does not swap between 0 and 10', () => {
    fc.assert(
      fc.property(validRnokpps, ({ rnokpp, birthDate, sex }) => {
        for (const { changed } of singleDigitChanges(rnokpp).filter((c) => c.position < 9)) {
          const swaps = [remainder(rnokpp), remainder(changed)].sort((a, b) => a - b).join() === '0,10';
          expect(codes(changed, { birthDate, sex }).includes('CHECKSUM')).toBe(!swaps);
        }
      }),
    );
  });

  it('a change of the birth-date digits that escapes the checksum is caught as TAXID_BIRTHDATE_MISMATCH', () => {
    fc.assert(
      fc.property(validRnokpps, ({ rnokpp, birthDate, sex }) => {
        for (const { changed } of singleDigitChanges(rnokpp).filter((c) => c.position < 5 && decodeRnokpp(c.changed) !== null)) {
          expect(codes(changed, { birthDate, sex })).toContain('TAXID_BIRTHDATE_MISMATCH');
        }
      }),
    );
  });

  it('an odd change of the sex digit that escapes the checksum is caught as TAXID_SEX_MISMATCH', () => {
    fc.assert(
      fc.property(validRnokpps, ({ rnokpp, birthDate, sex }) => {
        const oddChanges = singleDigitChanges(rnokpp).filter((c) => c.position === 8 && (Number(c.changed[8]) - Number(rnokpp[8])) % 2 !== 0);
        for (const { changed } of oddChanges.filter((c) => decodeRnokpp(c.changed) !== null)) {
          expect(codes(changed, { birthDate, sex })).toEqual(['TAXID_SEX_MISMATCH']);
        }
      }),
    );
  });

  it('a change of the serial digits can escape every check when the check digit is 0', () => {
    // 365250037|0 (remainder 10) and 365252037|0 (remainder 0): both valid, same birth date and sex.
    expect(remainder('3652500370')).toBe(10);
    expect(remainder('3652520370')).toBe(0);
    expect(codes('3652520370', { birthDate: decodeRnokpp('3652500370')?.birthDate ?? '', sex: 'M' })).toEqual([]);
  });
});
