import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../core/checks/check-context';
import { checkStudent } from '../../../core/checks/student-checks';
import { ruleCodeSchema } from '../../../core/rules/codes';
import { makeKgPin } from '../../../core/rules/kg-pin';
import { makeRnokpp } from '../../../core/rules/rnokpp';
import type { Issue } from '../../../core/schemas/issue';
import { documentTypeSchema, studentCardSchema, type StudentCardInput } from '../../../core/schemas/student';

/** A 5th-grader, 10 on 1 September 2025, with a birth certificate: every required field filled in. */
const valid: StudentCardInput = {
  lastName: 'Мельничук',
  firstName: 'Софія',
  middleName: 'Андріївна',
  birthDate: '2015-03-14',
  sex: 'F',
  documents: [{ type: 'birth_certificate', series: 'I-БК', number: '451278', issuedOn: '2015-03-20' }],
  taxId: makeRnokpp('2015-03-14', 'F', 123),
  unzr: '20150314-01234',
  phone: '+380671234567',
  email: 'sofia.m@example.com',
  guardians: [{ relation: 'mother', lastName: 'Мельничук', firstName: 'Оксана', phone: '+380501112233' }],
};

const ua: CheckContext = { country: 'UA', today: '2025-10-15', grade: 5, academicYearStart: '2025-09-01', enrolled: true };

function check(overrides: Partial<StudentCardInput>, ctx: CheckContext = ua): Issue[] {
  return checkStudent(studentCardSchema.parse({ ...valid, ...overrides }), ctx);
}

function found(issues: Issue[]): string[] {
  return issues.map((i) => `${i.code} ${i.field ?? ''}`.trim());
}

describe('checking a student card', () => {
  it('finds nothing in a complete, consistent card', () => {
    expect(check({})).toEqual([]);
  });

  it('refuses Latin letters in the name of a Ukrainian citizen, naming the other alphabet', () => {
    expect(check({ lastName: 'Shevchenko', citizenship: 'Україна' })).toEqual([
      { code: 'FORMAT', severity: 'error', field: 'lastName', params: { format: 'ukrainian_letters', found: 'latin' } },
    ]);
  });

  it('takes a card without a citizenship in a Ukrainian school for a Ukrainian citizen', () => {
    expect(found(check({ firstName: 'Sofia' }))).toEqual(['FORMAT firstName']);
  });

  it('refuses Russian letters in the name of a Ukrainian citizen, naming them', () => {
    expect(check({ lastName: 'Мельничукы' })[0]?.params).toEqual({ format: 'ukrainian_letters', found: 'ы' });
  });

  it('accepts Latin letters in the name of a foreign citizen', () => {
    expect(check({ lastName: 'Smith', firstName: 'Anna', middleName: undefined, citizenship: 'Польща' })).toEqual([]);
  });

  it('warns NAME_LOWER_CASE for a name begun with a small letter', () => {
    expect(found(check({ middleName: 'андріївна' }))).toEqual(['NAME_LOWER_CASE middleName']);
  });

  it('keeps the rule of one alphabet in a Kyrgyz school', () => {
    expect(found(check({ lastName: 'Asanova', firstName: 'Aigul', middleName: undefined, taxId: undefined, unzr: undefined }, { ...ua, country: 'KG' }))).toEqual([]);
  });

  it('accepts the Kyrgyz letters ң ө ү in the name of a Kyrgyz citizen', () => {
    expect(found(check({ lastName: 'Өмүрбекова', firstName: 'Айгүл', middleName: undefined, taxId: undefined, unzr: undefined }, { ...ua, country: 'KG' }))).toEqual([]);
  });

  it('reports REQUIRED for an empty last name', () => {
    expect(found(check({ lastName: ' ' }))).toEqual(['REQUIRED lastName']);
  });

  it('reports REQUIRED for an empty first name', () => {
    expect(found(check({ firstName: '' }))).toEqual(['REQUIRED firstName']);
  });

  it('reports FORMAT for a patronymic with a digit', () => {
    expect(found(check({ middleName: 'Андріївна2' }))).toEqual(['FORMAT middleName']);
  });

  it('reports REQUIRED for an empty birth date, and nothing that needs the date', () => {
    expect(found(check({ birthDate: '' }))).toEqual(['REQUIRED birthDate']);
  });

  it('reports DATE_INVALID for 31 February', () => {
    expect(found(check({ birthDate: '2015-02-31' }))).toEqual(['DATE_INVALID birthDate']);
  });

  it('reports DATE_IN_FUTURE for a birth date after today', () => {
    expect(found(check({ birthDate: '2025-10-16', taxId: undefined }, { ...ua, grade: undefined }))).toEqual(['DATE_IN_FUTURE birthDate']);
  });

  it('reports REQUIRED for a missing sex', () => {
    expect(found(check({ sex: undefined }))).toEqual(['REQUIRED sex']);
  });

  it('reports a malformed certificate series as FORMAT', () => {
    expect(found(check({ documents: [{ type: 'birth_certificate', series: '1-БК', number: '451278' }] }))).toEqual(['FORMAT documents.0.series']);
  });

  it('reports REQUIRED documents with the birth certificate named when a UA student has no document', () => {
    expect(check({ documents: [] })).toEqual([{ code: 'REQUIRED', severity: 'error', field: 'documents', params: { document: 'birth_certificate' } }]);
  });

  it('reports REQUIRED documents when only a foreign document is held', () => {
    expect(found(check({ documents: [{ type: 'foreign_document', number: 'P123' }] }))).toEqual(['REQUIRED documents']);
  });

  it('reports REQUIRED documents for a passport before the 14th birthday', () => {
    expect(found(check({ documents: [{ type: 'passport', series: 'КК', number: '123456' }] }))).toEqual(['REQUIRED documents']);
  });

  it('counts a passport instead of the certificate from the 14th birthday', () => {
    const birthDate = '2011-10-15';
    const grade9 = { ...ua, grade: 9 };
    expect(check({ birthDate, taxId: makeRnokpp(birthDate, 'F', 1), documents: [{ type: 'passport', series: 'КК', number: '123456' }] }, grade9)).toEqual([]);
  });

  it('counts an ID card instead of the certificate from the 14th birthday', () => {
    const birthDate = '2011-10-15';
    expect(check({ birthDate, taxId: undefined, documents: [{ type: 'id_card', number: '001234567' }] }, { ...ua, grade: 9 })).toEqual([]);
  });

  it('reports both REQUIRED for the number and for the documents when the certificate has no number', () => {
    expect(found(check({ documents: [{ type: 'birth_certificate', series: 'I-БК', number: '' }] }))).toEqual(['REQUIRED documents.0.number', 'REQUIRED documents']);
  });

  it('does not require a document in Kyrgyzstan', () => {
    expect(check({ documents: [], taxId: undefined }, { ...ua, country: 'KG' })).toEqual([]);
  });

  it('reports REQUIRED classId when the student has no active enrollment', () => {
    expect(check({}, { ...ua, enrolled: false })).toEqual([{ code: 'REQUIRED', severity: 'error', field: 'classId' }]);
  });

  it('does not ask for an enrollment when the caller does not know it', () => {
    expect(check({}, { country: 'UA', today: ua.today })).toEqual([]);
  });

  it('reports CHECKSUM for a mistyped RNOKPP', () => {
    const taxId = makeRnokpp('2015-03-14', 'F', 123);
    expect(found(check({ taxId: `${taxId.slice(0, 9)}${(Number(taxId[9]) + 1) % 10}` }))).toEqual(['CHECKSUM taxId']);
  });

  it('warns TAXID_BIRTHDATE_MISMATCH against the card birth date', () => {
    expect(found(check({ taxId: makeRnokpp('2015-03-15', 'F', 123) }))).toEqual(['TAXID_BIRTHDATE_MISMATCH taxId']);
  });

  it('warns TAXID_SEX_MISMATCH against the card sex', () => {
    expect(found(check({ taxId: makeRnokpp('2015-03-14', 'M', 123) }))).toEqual(['TAXID_SEX_MISMATCH taxId']);
  });

  it('checks the RNOKPP after removing spaces', () => {
    const taxId = makeRnokpp('2015-03-14', 'F', 123);
    expect(check({ taxId: `${taxId.slice(0, 5)} ${taxId.slice(5)}` })).toEqual([]);
  });

  it('warns PIN_BIRTHDATE_MISMATCH and PIN_SEX_MISMATCH for a PIN of another person', () => {
    expect(found(check({ taxId: undefined, pin: makeKgPin('2015-03-15', 'M', 1) }, { ...ua, country: 'KG' }))).toEqual(['PIN_BIRTHDATE_MISMATCH pin', 'PIN_SEX_MISMATCH pin']);
  });

  it('reports FORMAT for a UNZR without its hyphen', () => {
    expect(found(check({ unzr: '2015031401234' }))).toEqual(['FORMAT unzr']);
  });

  it('reports FORMAT for a malformed e-mail of the student', () => {
    expect(found(check({ email: 'sofia@' }))).toEqual(['FORMAT email']);
  });

  it('reports a guardian without a first name at the guardian path', () => {
    expect(found(check({ guardians: [{ relation: 'father', lastName: 'Мельничук', firstName: '' }] }))).toEqual(['REQUIRED guardians.0.firstName']);
  });

  it('reports a malformed phone of a guardian at the guardian path', () => {
    expect(found(check({ guardians: [{ relation: 'father', lastName: 'Мельничук', firstName: 'Андрій', phone: '12-34' }] }))).toEqual(['FORMAT guardians.0.phone']);
  });

  it('warns AGE_GRADE_IMPLAUSIBLE for a ten-year-old in grade 7', () => {
    expect(found(check({}, { ...ua, grade: 7 }))).toEqual(['AGE_GRADE_IMPLAUSIBLE birthDate']);
  });

  it('does not judge the age without the grade', () => {
    expect(check({}, { ...ua, grade: undefined })).toEqual([]);
  });

  it('warns NORMALISED for what one can see and then checks the normalised card', () => {
    expect(check({ lastName: 'Meльничук', documents: [{ type: 'birth_certificate', series: 'і-бк', number: '451278' }] })).toEqual([
      { code: 'NORMALISED', severity: 'warning', field: 'documents.0.series', params: { before: 'і-бк', after: 'I-БК', letters: 'і→I, б→Б, к→К' } },
    ]);
  });
});

describe('checking arbitrary student cards', () => {
  it('never throws on whatever was typed and reports only codes of the catalogue', () => {
    const text = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(
        fc.record({ lastName: text, firstName: text, birthDate: text, taxId: text, pin: text, unzr: text, phone: text, series: text, number: text }),
        fc.constantFrom(...documentTypeSchema.options),
        fc.constantFrom('UA' as const, 'KG' as const),
        ({ series, number, ...typed }, type, country) => {
          const issues = check({ ...typed, documents: [{ type, series, number }] }, { ...ua, country });
          expect(issues.every((i) => ruleCodeSchema.safeParse(i.code).success)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
