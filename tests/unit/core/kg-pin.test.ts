import { describe, expect, it } from 'vitest';
import { decodeKgPin, kgPinIssues, makeKgPin } from '../../../core/rules/kg-pin';

describe('decoding a Kyrgyz PIN', () => {
  it('reads 10202198254217 as a woman born on 1982-02-02', () => {
    expect(decodeKgPin('10202198254217')).toEqual({ birthDate: '1982-02-02', sex: 'F' });
  });

  it('reads a first digit 2 as male', () => {
    expect(decodeKgPin('21503200912345')?.sex).toBe('M');
  });

  it('gives nothing for a sex digit other than 1 or 2', () => {
    expect(decodeKgPin('30202198254217')).toBeNull();
  });

  it('gives nothing when digits 2–9 are no real date', () => {
    expect(decodeKgPin('13102198254217')).toBeNull();
  });

  it('gives nothing for 13 digits', () => {
    expect(decodeKgPin('1020219825421')).toBeNull();
  });
});

describe('making a Kyrgyz PIN', () => {
  it('writes sex, DDMMYYYY and the five-digit sequence', () => {
    expect(makeKgPin('1982-02-02', 'F', 54_217)).toBe('10202198254217');
  });

  it('pads a short sequence with zeros', () => {
    expect(makeKgPin('2009-03-15', 'M', 7)).toBe('21503200900007');
  });

  it('refuses a sequence beyond 99999', () => {
    expect(() => makeKgPin('2009-03-15', 'M', 100_000)).toThrow(RangeError);
  });

  it('refuses a text that is not a date', () => {
    expect(() => makeKgPin('2009-02-30', 'M', 1)).toThrow(RangeError);
  });
});

describe('Kyrgyz PIN issues', () => {
  it('finds nothing in the worked example for a woman born on 1982-02-02', () => {
    expect(kgPinIssues('pin', '10202198254217', { birthDate: '1982-02-02', sex: 'F' })).toEqual([]);
  });

  it('does not judge an empty value', () => {
    expect(kgPinIssues('pin', '', { birthDate: '1982-02-02' })).toEqual([]);
  });

  it('reports FORMAT for a number that is not 14 digits', () => {
    expect(kgPinIssues('pin', '1020219825421', { birthDate: '1982-02-02' })).toEqual([
      { code: 'FORMAT', severity: 'error', field: 'pin', params: { format: 'kg_pin' } },
    ]);
  });

  it('reports FORMAT for an impossible birth date inside the number', () => {
    expect(kgPinIssues('pin', '13002198254217', { birthDate: '1982-02-02' }).map((i) => i.code)).toEqual(['FORMAT']);
  });

  it('warns PIN_BIRTHDATE_MISMATCH with the encoded and the typed date', () => {
    expect(kgPinIssues('pin', '10202198254217', { birthDate: '1982-02-03', sex: 'F' })).toEqual([
      { code: 'PIN_BIRTHDATE_MISMATCH', severity: 'warning', field: 'pin', params: { expected: '1982-02-02', actual: '1982-02-03' } },
    ]);
  });

  it('leaves the birth date alone when the card has no real date yet', () => {
    expect(kgPinIssues('pin', '10202198254217', { birthDate: '', sex: 'F' })).toEqual([]);
  });

  it('warns PIN_SEX_MISMATCH with the encoded and the typed sex', () => {
    expect(kgPinIssues('pin', '10202198254217', { birthDate: '1982-02-02', sex: 'M' })).toEqual([
      { code: 'PIN_SEX_MISMATCH', severity: 'warning', field: 'pin', params: { expected: 'F', actual: 'M' } },
    ]);
  });
});
