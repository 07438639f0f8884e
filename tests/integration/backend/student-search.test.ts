import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../core/api/contract';
import { fullStudentCard, student } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';

describe('the student list', () => {
  let office: Office;
  let classA: string;
  let classB: string;

  const names = async (input: MethodInput<'students.list'>) =>
    (await office.call('students.list', input)).rows.map((r) => r.lastName);

  beforeAll(async () => {
    office = await openOffice();
    classA = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    classB = (await office.createClass({ academicYear: '2025/2026', grade: 6, label: '6-Б' })).id;
    const save = (card: ReturnType<typeof student>, classId: string) => office.call('students.save', { card, classId });
    await save(fullStudentCard(), classA);
    await save(student('Яковенко', 'Лук\'ян', 'Богданович', '300001', '2014-01-10'), classB);
    await save(student('Іваненко', 'Марія', 'Тарасівна', '300002', '2014-09-30'), classB);
    await save({ ...student('Ковальчук', 'Остап', 'Ігорович', '300003', '2015-06-01'), taxId: '1234567890' }, classA);
  });
  afterAll(() => office.dispose());

  it('lists every student with the class of the current enrollment', async () => {
    const { rows, total } = await office.call('students.list', {});
    expect(total).toBe(4);
    expect(rows.find((r) => r.lastName === 'Яковенко')?.className).toBe('6-Б');
  });

  it('finds a student by any part of the surname, first name or patronymic', async () => {
    expect(await names({ search: 'ельнич' })).toEqual(['Мельничук']);
    expect(await names({ search: 'офі' })).toEqual(['Мельничук']);
    expect(await names({ search: 'Тарасівна' })).toEqual(['Іваненко']);
  });

  it('finds a student by surname and the start of the first name together', async () => {
    expect(await names({ search: 'мельничук  со' })).toEqual(['Мельничук']);
    expect(await names({ search: 'мельничук ма' })).toEqual([]);
  });

  it('ignores letter case', async () => {
    expect(await names({ search: 'МЕЛЬНИЧУК' })).toEqual(['Мельничук']);
  });

  it('reads Latin look-alikes in the query as the Cyrillic letters they imitate', async () => {
    // "Mельничук" with a Latin M, "Kовальчук" with a Latin K and o.
    expect(await names({ search: 'Mельничук' })).toEqual(['Мельничук']);
    expect(await names({ search: 'Kовальчук' })).toEqual(['Ковальчук']);
  });

  it('ignores which apostrophe is typed, or whether one is typed at all', async () => {
    expect(await names({ search: 'Лукʼян' })).toEqual(['Яковенко']);
    expect(await names({ search: 'лук’ян' })).toEqual(['Яковенко']);
    expect(await names({ search: 'лукян' })).toEqual(['Яковенко']);
  });

  it('finds a student by part of a document number, with or without its series, or by tax number', async () => {
    expect(await names({ search: '4512' })).toEqual(['Мельничук']);
    expect(await names({ search: 'I-БК451278' })).toEqual(['Мельничук']);
    expect(await names({ search: '1234567890' })).toEqual(['Ковальчук']);
  });

  it('filters by check status', async () => {
    expect(await names({ status: 'error' })).toEqual(['Ковальчук']);
    expect(await names({ status: 'ok' })).not.toContain('Ковальчук');
  });

  it('filters by class', async () => {
    expect(await names({ classId: classB })).toEqual(['Іваненко', 'Яковенко']);
    expect(await names({ classId: classA, search: 'ковальчук' })).toEqual(['Ковальчук']);
  });

  it('sorts names in Ukrainian alphabetical order (І before К, Я last)', async () => {
    expect(await names({})).toEqual(['Іваненко', 'Ковальчук', 'Мельничук', 'Яковенко']);
    expect(await names({ direction: 'desc' })).toEqual(['Яковенко', 'Мельничук', 'Ковальчук', 'Іваненко']);
  });

  it('sorts by birth date', async () => {
    expect(await names({ sort: 'birthDate' })).toEqual(['Яковенко', 'Іваненко', 'Мельничук', 'Ковальчук']);
  });

  it('sorts by class, then by name', async () => {
    expect(await names({ sort: 'class' })).toEqual(['Ковальчук', 'Мельничук', 'Іваненко', 'Яковенко']);
  });

  it('sorts cards with errors first by status', async () => {
    expect((await names({ sort: 'status' }))[0]).toBe('Ковальчук');
  });

  it('lists the classes of the current academic year by grade', async () => {
    await office.createClass({ academicYear: '2024/2025', grade: 4, label: '4-А' });
    const { classes } = await office.call('classes.list', {});
    expect(classes.map((c) => c.label)).toEqual(['5-А', '6-Б']);
  });
});
