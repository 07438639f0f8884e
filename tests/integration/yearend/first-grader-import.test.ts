import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOffice, type Office } from '../../fixtures/office';
import { ukrainianHeader, workbookBase64 } from '../../fixtures/yearend/first-grader-workbook';

describe('first graders imported from Excel', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openOffice();
  });
  afterEach(() => office.dispose());

  const importRows = async (rows: (string | number | Date | null)[][]) =>
    office.call('yearEnd.importFirstGraders', { fileBase64: await workbookBase64([ukrainianHeader, ...rows]) });

  it('reads a list with Ukrainian headers, Excel dates and typed dates', async () => {
    const { firstGraders, problems } = await importRows([
      ['Яковенко', 'Марія', 'Олегівна', new Date(Date.UTC(2019, 3, 2)), 'Ж', '1-А'],
      ['Бондар', 'Іван', null, '15.07.2019', 'ч', '1-Б'],
    ]);
    expect(problems).toEqual([]);
    expect(firstGraders).toEqual([
      { lastName: 'Яковенко', firstName: 'Марія', middleName: 'Олегівна', birthDate: '2019-04-02', sex: 'F', classLabel: '1-А' },
      { lastName: 'Бондар', firstName: 'Іван', birthDate: '2019-07-15', sex: 'M', classLabel: '1-Б' },
    ]);
  });

  it('reports every bad row with its row number and reason, and imports none of the list', async () => {
    const { firstGraders, problems } = await importRows([
      ['Яковенко', 'Марія', null, '2019-04-02', 'Ж', '1-А'],
      ['', 'Іван', null, '2019-07-15', 'Ч', '1-Б'],
      ['Коваль', 'Олена', null, '31.02.2019', 'Ж', '1-А'],
      ['Мельник', 'Петро', null, '2019-01-01', 'X', '2-А'],
      ['Яковенко', 'Марія', null, '2019-04-02', 'Ж', '1-Б'],
    ]);
    expect(firstGraders).toEqual([]);
    expect(problems).toEqual([
      { row: 3, column: 'lastName', reason: 'REQUIRED' },
      { row: 4, column: 'birthDate', reason: 'DATE_INVALID' },
      { row: 5, column: 'sex', reason: 'SEX_INVALID' },
      { row: 5, column: 'classLabel', reason: 'CLASS_NOT_GRADE_1' },
      { row: 6, reason: 'DUPLICATE', duplicateOf: 2 },
    ]);
  });

  it('reads the header "Стать (Ч/Ж)" the README gives', async () => {
    const fileBase64 = await workbookBase64([['Прізвище', "Ім'я", 'Дата народження', 'Стать (Ч/Ж)', 'Клас'], ['Бондар', 'Іван', '15.07.2019', 'Ч', '1-А']]);
    const { firstGraders, problems } = await office.call('yearEnd.importFirstGraders', { fileBase64 });
    expect([firstGraders.map((r) => r.sex), problems]).toEqual([['M'], []]);
  });

  it('runs the checks of the card editor: Latin letters in the name of a Ukrainian child are refused', async () => {
    const { firstGraders, problems } = await importRows([['Petrenko', 'Іван', null, '15.07.2019', 'Ч', '1-А']]);
    expect([firstGraders, problems]).toEqual([
      [],
      [{ row: 2, column: 'lastName', reason: 'CHECK', issue: { code: 'FORMAT', severity: 'error', field: 'lastName', params: { format: 'ukrainian_letters', found: 'latin' } } }],
    ]);
  });

  it('gives a template whose header the import reads', async () => {
    const { fileBase64 } = await office.call('yearEnd.firstGraderTemplate', {});
    const { problems } = await office.call('yearEnd.importFirstGraders', { fileBase64 });
    expect(problems).toEqual([]);
  });

  it('names a missing column of the header', async () => {
    const fileBase64 = await workbookBase64([['Прізвище', "Ім'я", 'Стать', 'Клас'], ['Бондар', 'Іван', 'Ч', '1-А']]);
    const { problems } = await office.call('yearEnd.importFirstGraders', { fileBase64 });
    expect(problems).toEqual([{ row: 1, column: 'birthDate', reason: 'COLUMN_MISSING' }]);
  });

  it('reports a file that is not an Excel workbook', async () => {
    const { problems } = await office.call('yearEnd.importFirstGraders', { fileBase64: Buffer.from('not a workbook').toString('base64') });
    expect(problems).toEqual([{ row: 0, reason: 'FILE_UNREADABLE' }]);
  });
});
