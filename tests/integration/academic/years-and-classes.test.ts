import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullStaffCard, student } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';

describe('academic years, periods and classes', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openOffice();
  });
  afterEach(() => office.dispose());

  const createYear = (label: string) => office.call('academicYears.create', { label });

  it('creates a Ukrainian year from 1 September to 31 August with two semesters', async () => {
    const { year, periods } = await createYear('2025/2026');
    expect(year).toMatchObject({ label: '2025/2026', start: '2025-09-01', end: '2026-08-31' });
    expect(periods.map((p) => [p.kind, p.number, p.start, p.end])).toEqual([
      ['semester', 1, '2025-09-01', '2025-12-31'],
      ['semester', 2, '2026-01-01', '2026-05-31'],
    ]);
    expect((await office.call('periods.list', { academicYearId: year.id })).periods).toEqual(periods);
  });

  it('gives a Kyrgyz school four quarters', async () => {
    const { school } = await office.call('school.get', {});
    await office.call('school.update', { school: { ...school, country: 'KG' } });
    const { periods } = await createYear('2025/2026');
    expect(periods.map((p) => p.kind)).toEqual(['quarter', 'quarter', 'quarter', 'quarter']);
  });

  it('refuses a second year of the same name', async () => {
    await createYear('2025/2026');
    expect((await office.refusal('academicYears.create', { label: '2025/2026' })).code).toBe('ACADEMIC_YEAR_EXISTS');
  });

  it('marks the year containing today as current', async () => {
    await createYear('2024/2025');
    await createYear('2025/2026');
    const { years } = await office.call('academicYears.list', {});
    expect(years.map((y) => [y.label, y.current])).toEqual([
      ['2024/2025', false],
      ['2025/2026', true],
    ]);
  });

  it('creates and renames a class with its homeroom teacher, listed in its year', async () => {
    const { year } = await createYear('2025/2026');
    const teacher = (await office.call('staff.save', { card: fullStaffCard() })).meta.id;
    const { id } = await office.call('classes.create', { academicYearId: year.id, grade: 5, label: '5-А', homeroomTeacherId: teacher });
    await office.call('classes.update', { id, grade: 5, label: '5-Б', homeroomTeacherId: teacher });
    const { classes } = await office.call('classes.ofYear', { academicYearId: year.id });
    expect(classes).toEqual([expect.objectContaining({ id, label: '5-Б', grade: 5, homeroomTeacherName: 'Кравченко Микола Степанович', studentCount: 0 })]);
  });

  it('refuses a class whose label does not begin with its grade', async () => {
    const { year } = await createYear('2025/2026');
    const error = await office.refusal('classes.create', { academicYearId: year.id, grade: 5, label: '6-А' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'label' } });
  });

  it('refuses a second class of the same label in one year', async () => {
    const { year } = await createYear('2025/2026');
    await office.call('classes.create', { academicYearId: year.id, grade: 5, label: '5-А' });
    expect((await office.refusal('classes.create', { academicYearId: year.id, grade: 5, label: '5-А' })).code).toBe('CLASS_LABEL_TAKEN');
  });

  it('shows a class page with its members and their counts by sex and age', async () => {
    const { year } = await createYear('2025/2026');
    const { id } = await office.call('classes.create', { academicYearId: year.id, grade: 5, label: '5-А' });
    await office.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222', '2015-05-02'), classId: id });
    await office.call('students.save', { card: { ...student('Коваль', 'Олена', 'Іванівна', '111333', '2014-10-02'), sex: 'F' }, classId: id });
    const page = await office.call('classes.get', { id });
    expect(page.members.map((m) => [m.name, m.current])).toEqual([
      ['Бондар Іван Петрович', true],
      ['Коваль Олена Іванівна', true],
    ]);
    expect(page.counts).toEqual({ total: 2, bySex: { M: 1, F: 1, unknown: 0 }, byAge: [{ age: 10, count: 2 }] });
  });
});
