import { describe, expect, it } from 'vitest';
import { documentIssues, hasCountableDocument } from '../../../core/rules/documents';
import type { IdentityDocument } from '../../../core/schemas/student';

const today = '2025-10-15';
const certificate: IdentityDocument = { type: 'birth_certificate', series: 'I-БК', number: '451278' };

function codesOf(doc: IdentityDocument, country: 'UA' | 'KG' = 'UA'): string[] {
  return documentIssues([doc], country, today).map((i) => `${i.code} ${i.field ?? ''} ${String(i.params?.format ?? '')}`.trim());
}

describe('UA birth certificate', () => {
  it('accepts the series I-БК with a six-digit number', () => {
    expect(documentIssues([certificate], 'UA', today)).toEqual([]);
  });

  it('accepts a longer Roman numeral such as XIV-ЖК', () => {
    expect(codesOf({ ...certificate, series: 'XIV-ЖК' })).toEqual([]);
  });

  it('reports FORMAT for a series without the hyphen', () => {
    expect(codesOf({ ...certificate, series: 'IБК' })).toEqual(['FORMAT documents.0.series birth_certificate_series']);
  });

  it('reports FORMAT for a series with an Arabic numeral', () => {
    expect(codesOf({ ...certificate, series: '1-БК' })).toEqual(['FORMAT documents.0.series birth_certificate_series']);
  });

  it('reports FORMAT for a series with Latin letters after the hyphen', () => {
    expect(codesOf({ ...certificate, series: 'I-BK' })).toEqual(['FORMAT documents.0.series birth_certificate_series']);
  });

  it('reports FORMAT for a missing series', () => {
    expect(codesOf({ type: 'birth_certificate', number: '451278' })).toEqual(['FORMAT documents.0.series birth_certificate_series']);
  });

  it('reports FORMAT for a five-digit number', () => {
    expect(codesOf({ ...certificate, number: '45127' })).toEqual(['FORMAT documents.0.number birth_certificate_number']);
  });

  it('reports REQUIRED for an empty number', () => {
    expect(codesOf({ ...certificate, number: '' })).toEqual(['REQUIRED documents.0.number']);
  });
});

describe('UA passport and ID card', () => {
  it('accepts a passport book КК 123456', () => {
    expect(codesOf({ type: 'passport', series: 'КК', number: '123456' })).toEqual([]);
  });

  it('reports FORMAT for a passport series in Latin letters', () => {
    expect(codesOf({ type: 'passport', series: 'KK', number: '123456' })).toEqual(['FORMAT documents.0.series passport_series']);
  });

  it('reports FORMAT for a passport number of seven digits', () => {
    expect(codesOf({ type: 'passport', series: 'КК', number: '1234567' })).toEqual(['FORMAT documents.0.number passport_number']);
  });

  it('accepts an ID card of nine digits', () => {
    expect(codesOf({ type: 'id_card', number: '001234567' })).toEqual([]);
  });

  it('reports FORMAT for an ID card of eight digits', () => {
    expect(codesOf({ type: 'id_card', number: '00123456' })).toEqual(['FORMAT documents.0.number id_card_number']);
  });
});

describe('documents without a checked format', () => {
  it('accepts a foreign document in any format', () => {
    expect(codesOf({ type: 'foreign_document', series: 'X/7', number: 'AB-12 c' })).toEqual([]);
  });

  it('does not check the format of a Kyrgyz birth certificate', () => {
    expect(codesOf({ type: 'birth_certificate', series: 'KR-X', number: '12' }, 'KG')).toEqual([]);
  });

  it('still requires a number of a Kyrgyz document', () => {
    expect(codesOf({ type: 'birth_certificate', number: '' }, 'KG')).toEqual(['REQUIRED documents.0.number']);
  });
});

describe('issue date of a document', () => {
  it('reports DATE_INVALID for an impossible issue date', () => {
    expect(codesOf({ ...certificate, issuedOn: '2015-02-30' })).toEqual(['DATE_INVALID documents.0.issuedOn']);
  });

  it('reports DATE_IN_FUTURE for an issue date after today', () => {
    expect(codesOf({ ...certificate, issuedOn: '2025-10-16' })).toEqual(['DATE_IN_FUTURE documents.0.issuedOn']);
  });

  it('names the index of the document in the field', () => {
    expect(documentIssues([certificate, { ...certificate, number: '1' }], 'UA', today).map((i) => i.field)).toEqual(['documents.1.number']);
  });
});

describe('documents that count for the subvention', () => {
  it('counts a birth certificate at any age', () => {
    expect(hasCountableDocument([certificate], '2005-01-01', today)).toBe(true);
  });

  it('counts a passport from the 14th birthday', () => {
    expect(hasCountableDocument([{ type: 'passport', series: 'КК', number: '123456' }], '2011-10-15', today)).toBe(true);
  });

  it('does not count a passport the day before the 14th birthday', () => {
    expect(hasCountableDocument([{ type: 'passport', series: 'КК', number: '123456' }], '2011-10-16', today)).toBe(false);
  });

  it('counts an ID card from age 14', () => {
    expect(hasCountableDocument([{ type: 'id_card', number: '001234567' }], '2010-01-01', today)).toBe(true);
  });

  it('does not count a foreign document', () => {
    expect(hasCountableDocument([{ type: 'foreign_document', number: 'P123' }], '2005-01-01', today)).toBe(false);
  });

  it('does not count a birth certificate without a number', () => {
    expect(hasCountableDocument([{ ...certificate, number: '' }], '2015-01-01', today)).toBe(false);
  });

  it('does not count a passport when the birth date is no real date', () => {
    expect(hasCountableDocument([{ type: 'passport', series: 'КК', number: '123456' }], '2005-02-30', today)).toBe(false);
  });
});
