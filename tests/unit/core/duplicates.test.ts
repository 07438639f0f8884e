import { describe, expect, it } from 'vitest';
import { documentKeys, duplicateIssues } from '../../../core/rules/duplicates';
import { staffCardSchema } from '../../../core/schemas/staff';
import { studentCardSchema } from '../../../core/schemas/student';

const student = studentCardSchema.parse({
  lastName: 'Мельничук',
  firstName: 'Софія',
  birthDate: '2015-03-14',
  documents: [
    { type: 'birth_certificate', series: 'I-БК', number: '451278' },
    { type: 'foreign_document', number: '' },
  ],
  taxId: '3652500370',
  unzr: '20150314-01234',
});

describe('document keys', () => {
  it('names each filled document, the tax number and the UNZR of a student', () => {
    expect(documentKeys(student)).toEqual([
      { key: 'doc:birth_certificate:I-БК:451278', field: 'documents.0.number' },
      { key: 'unzr:20150314-01234', field: 'unzr' },
      { key: 'taxId:3652500370', field: 'taxId' },
    ]);
  });

  it('names the tax number and the PIN of a staff member', () => {
    const staff = staffCardSchema.parse({ lastName: 'Кравченко', firstName: 'Микола', birthDate: '1980-07-09', taxId: '1759013776', pin: '21503200912345' });
    expect(documentKeys(staff).map((k) => k.key)).toEqual(['taxId:1759013776', 'pin:21503200912345']);
  });

  it('tells documents of different types with the same number apart', () => {
    const passport = studentCardSchema.parse({ ...student, documents: [{ type: 'passport', series: 'I-БК', number: '451278' }], taxId: undefined, unzr: undefined });
    expect(documentKeys(passport)[0]?.key).not.toBe(documentKeys(student)[0]?.key);
  });

  it('has no keys for a card without identifiers', () => {
    expect(documentKeys(studentCardSchema.parse({ lastName: 'А', firstName: 'Б', birthDate: '' }))).toEqual([]);
  });
});

describe('duplicate issues', () => {
  it('reports DUPLICATE_IN_SCHOOL on the field of the shared key with the count of other cards', () => {
    expect(duplicateIssues([{ field: 'documents.0.number', otherCount: 2 }])).toEqual([
      { code: 'DUPLICATE_IN_SCHOOL', severity: 'error', field: 'documents.0.number', params: { count: 2 } },
    ]);
  });

  it('reports one issue per shared key', () => {
    expect(duplicateIssues([{ field: 'taxId', otherCount: 1 }, { field: 'unzr', otherCount: 1 }]).map((i) => i.field)).toEqual(['taxId', 'unzr']);
  });

  it('reports nothing without hits', () => {
    expect(duplicateIssues([])).toEqual([]);
  });
});
