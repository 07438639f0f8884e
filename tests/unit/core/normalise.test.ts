import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCode, normaliseName, normaliseSeries, normaliseStaffCard, normaliseStudentCard, tidySpaces } from '../../../core/normalise';
import { staffCardSchema } from '../../../core/schemas/staff';
import { documentTypeSchema, studentCardSchema, type StudentCardInput } from '../../../core/schemas/student';

function studentCard(overrides: Partial<StudentCardInput> = {}) {
  return studentCardSchema.parse({ lastName: 'Мельничук', firstName: 'Софія', birthDate: '2015-03-14', sex: 'F', ...overrides });
}

describe('names', () => {
  it('trims and collapses spaces', () => {
    expect(normaliseName('  Анна   Марія ')).toBe('Анна Марія');
  });

  it.each(["'", '’', '`', '‘'])('turns the apostrophe %s into ʼ', (apostrophe) => {
    expect(normaliseName(`Мар${apostrophe}яна`)).toBe('Марʼяна');
  });

  it('replaces a Latin look-alike inside a Cyrillic word', () => {
    expect(normaliseName('Iвaн')).toBe('Іван');
  });

  it('replaces every Latin look-alike, upper and lower case', () => {
    expect(normaliseName('ЯABCEHIKMOPTXabcehikmoptx')).toBe('ЯАВСЕНІКМОРТХавсенікмортх');
  });

  it('leaves a Latin word alone', () => {
    expect(normaliseName('Anna Коваль')).toBe('Anna Коваль');
  });

  it('treats each part of a double surname as its own word', () => {
    expect(normaliseName('Smith-Kоваль')).toBe('Smith-Коваль');
  });
});

describe('document series', () => {
  it('upper-cases a birth certificate series', () => {
    expect(normaliseSeries('i-бк', 'birth_certificate')).toBe('I-БК');
  });

  it('writes a Roman numeral typed with Cyrillic І and Х in Latin letters', () => {
    expect(normaliseSeries('ІХ-БК', 'birth_certificate')).toBe('IX-БК');
  });

  it('makes Latin look-alikes after the hyphen Cyrillic', () => {
    expect(normaliseSeries('II-BK', 'birth_certificate')).toBe('II-ВК');
  });

  it('removes spaces', () => {
    expect(normaliseSeries(' I - БК ', 'birth_certificate')).toBe('I-БК');
  });

  it('leaves a series without a hyphen for the format rule', () => {
    expect(normaliseSeries('ІБК', 'birth_certificate')).toBe('ІБК');
  });

  it('upper-cases a passport series and makes it Cyrillic', () => {
    expect(normaliseSeries('kк', 'passport')).toBe('КК');
  });

  it('only upper-cases a foreign series', () => {
    expect(normaliseSeries('ab c', 'foreign_document')).toBe('ABC');
  });
});

describe('codes and spaces', () => {
  it('removes every space from a number', () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
  });

  it('turns any run of white space into one space', () => {
    expect(tidySpaces('\tА\u00a0 Б\n')).toBe('А Б');
  });
});

describe('normalising a student card', () => {
  it('unifies an apostrophe in a name silently: the two look alike', () => {
    const { card, issues } = normaliseStudentCard(studentCard({ firstName: "Мар'яна" }));
    expect([card.firstName, issues]).toEqual(['Марʼяна', []]);
  });

  it('replaces a Latin look-alike in a Cyrillic name silently', () => {
    const { card, issues } = normaliseStudentCard(studentCard({ lastName: 'Meльничук' }));
    expect([card.lastName, issues]).toEqual(['Мельничук', []]);
  });

  it('puts a Latin I in the numeral of a series typed on a Ukrainian keyboard silently', () => {
    const { card, issues } = normaliseStudentCard(studentCard({ documents: [{ type: 'birth_certificate', series: 'І-БК', number: '451278' }] }));
    expect([card.documents[0]?.series, issues]).toEqual(['I-БК', []]);
  });

  it('says which letters became capitals when a series is upper-cased', () => {
    expect(normaliseStudentCard(studentCard({ documents: [{ type: 'birth_certificate', series: 'i-бк', number: '451278' }] })).issues).toEqual([
      { code: 'NORMALISED', severity: 'warning', field: 'documents.0.series', params: { before: 'i-бк', after: 'I-БК', letters: 'i→I, б→Б, к→К' } },
    ]);
  });

  it('says which letter became which when a Cyrillic Л stands in a certificate numeral', () => {
    expect(normaliseStudentCard(studentCard({ documents: [{ type: 'birth_certificate', series: 'Л-ЖК', number: '451278' }] })).issues).toEqual([
      { code: 'NORMALISED', severity: 'warning', field: 'documents.0.series', params: { before: 'Л-ЖК', after: 'L-ЖК', letters: 'Л→L' } },
    ]);
  });

  it('says which letters became capitals when a document number is upper-cased', () => {
    expect(normaliseStudentCard(studentCard({ documents: [{ type: 'foreign_document', number: 'ab 12' }] })).issues).toEqual([
      { code: 'NORMALISED', severity: 'warning', field: 'documents.0.number', params: { before: 'ab 12', after: 'AB12', letters: 'a→A, b→B' } },
    ]);
  });

  it('tidies spaces without a warning', () => {
    const { card, issues } = normaliseStudentCard(studentCard({ lastName: '  Мельничук ', documents: [{ type: 'birth_certificate', series: 'I - БК', number: '451 278' }] }));
    expect([card.lastName, card.documents[0]?.series, card.documents[0]?.number, issues]).toEqual(['Мельничук', 'I-БК', '451278', []]);
  });

  it('removes spaces from the tax number, the UNZR and the PIN', () => {
    const { card } = normaliseStudentCard(studentCard({ taxId: '17590 13776', unzr: ' 20150314-01234', pin: '1 0202198254217' }));
    expect([card.taxId, card.unzr, card.pin]).toEqual(['1759013776', '20150314-01234', '10202198254217']);
  });

  it('drops identifiers that are only spaces', () => {
    const { card } = normaliseStudentCard(studentCard({ middleName: '  ', taxId: ' ', unzr: ' ', pin: '' }));
    expect(['middleName', 'taxId', 'unzr', 'pin'].filter((key) => key in card)).toEqual([]);
  });

  it('normalises the names of guardians with their own field paths', () => {
    const { card } = normaliseStudentCard(studentCard({ guardians: [{ relation: 'mother', lastName: 'Мельничук', firstName: 'Оксана', middleName: "Ів'янівна" }] }));
    expect(card.guardians[0]?.middleName).toBe('Івʼянівна');
  });

  it('reports nothing for a card that is already normal', () => {
    expect(normaliseStudentCard(studentCard({ documents: [{ type: 'birth_certificate', series: 'I-БК', number: '451278' }] })).issues).toEqual([]);
  });
});

describe('normalising a staff card', () => {
  it('normalises names and codes and tidies the position', () => {
    const typed = staffCardSchema.parse({ lastName: 'Kравченко', firstName: 'Микола', birthDate: '1980-07-09', taxId: ' 1759013776', position: ' вчитель   математики ' });
    const { card, issues } = normaliseStaffCard(typed);
    expect([card.lastName, card.taxId, card.position, issues]).toEqual(['Кравченко', '1759013776', 'вчитель математики', []]);
  });
});

/** Text rich in what normalisation touches: Cyrillic and Latin look-alikes, apostrophes, hyphens and white space. */
const tricky = fc.string({
  unit: fc.constantFrom(...[...'АБВЕІКМНОРСТХабвеікмнорстхїєґЛУ', ...'ABCEHIKMOPTXabcehikmoptxvlsz', ..."'’`ʼ‘", ' ', '  ', '\t', '\u00a0', '-', '1', '.', '/']),
  maxLength: 24,
});
const anyText = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 24 }));

describe('normalisation properties', () => {
  it('normalising a name twice changes nothing more', () => {
    fc.assert(fc.property(anyText, (name) => normaliseName(normaliseName(name)) === normaliseName(name)), { numRuns: 500 });
  });

  it('normalising a series twice changes nothing more', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...documentTypeSchema.options), (series, type) => normaliseSeries(normaliseSeries(series, type), type) === normaliseSeries(series, type)),
      { numRuns: 500 },
    );
  });

  it('normalising a student card twice changes nothing more and reports nothing', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, anyText, fc.constantFrom(...documentTypeSchema.options), (lastName, firstName, middleName, series, number, type) => {
        const once = normaliseStudentCard(
          studentCard({ lastName, firstName, middleName, taxId: number, documents: [{ type, series, number }], guardians: [{ relation: 'father', lastName: firstName, firstName: lastName }] }),
        ).card;
        const twice = normaliseStudentCard(once);
        expect(twice).toEqual({ card: once, issues: [] });
      }),
      { numRuns: 300 },
    );
  });
});
