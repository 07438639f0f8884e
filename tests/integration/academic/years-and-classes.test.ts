import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullStaffCard, student } from '../../fixtures/backend/cards';
import { openTestBackend, type TestBackend } from '../../fixtures/backend/test-backend';

describe('academic years, periods and classes', () => {
  let t: TestBackend;
  let session: string;
  beforeEach(async () => {
    t = openTestBackend();
    session = await t.setUp();
  });
  afterEach(() => t.dispose());

  const createYear = (label: string) => t.call('academicYears.create', { label }, session);

  it('creates a Ukrainian year from 1 September to 31 August with two semesters', async () => {
    const { year, periods } = await createYear('2025/2026');
    expect(year).toMatchObject({ label: '2025/2026', start: '2025-09-01', end: '2026-08-31' });
    expect(periods.map((p) => [p.kind, p.number, p.start, p.end])).toEqual([
      ['semester', 1, '2025-09-01', '2025-12-31'],
      ['semester', 2, '2026-01-01', '2026-05-31'],
    ]);
    expect((await t.call('periods.list', { academicYearId: year.id }, session)).periods).toEqual(periods);
  });

  it('gives a Kyrgyz school four quarters', async () => {
    const { school } = await t.call('school.get', {}, session);
    await t.call('school.update', { school: { ...school, country: 'KG' } }, session);
    const { periods } = await createYear('2025/2026');
    expect(periods.map((p) => p.kind)).toEqual(['quarter', 'quarter', 'quarter', 'quarter']);
  });

  it('refuses a second year of the same name', async () => {
    await createYear('2025/2026');
    expect((await t.refusal('academicYears.create', { label: '2025/2026' }, session)).code).toBe('ACADEMIC_YEAR_EXISTS');
  });

  it('marks the year containing today as current', async () => {
    await createYear('2024/2025');
    await createYear('2025/2026');
    const { years } = await t.call('academicYears.list', {}, session);
    expect(years.map((y) => [y.label, y.current])).toEqual([
      ['2024/2025', false],
      ['2025/2026', true],
    ]);
  });

  it('creates and renames a class with its homeroom teacher, listed in its year', async () => {
    const { year } = await createYear('2025/2026');
    const teacher = (await t.call('staff.save', { card: fullStaffCard() }, session)).meta.id;
    const { id } = await t.call('classes.create', { academicYearId: year.id, grade: 5, label: '5-А', homeroomTeacherId: teacher }, session);
    await t.call('classes.update', { id, grade: 5, label: '5-Б', homeroomTeacherId: teacher }, session);
    const { classes } = await t.call('classes.ofYear', { academicYearId: year.id }, session);
    expect(classes).toEqual([expect.objectContaining({ id, label: '5-Б', grade: 5, homeroomTeacherName: 'Кравченко Микола Степанович', studentCount: 0 })]);
  });

  it('refuses a class whose label does not begin with its grade', async () => {
    const { year } = await createYear('2025/2026');
    const error = await t.refusal('classes.create', { academicYearId: year.id, grade: 5, label: '6-А' }, session);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'label' } });
  });

  it('refuses a second class of the same label in one year', async () => {
    const { year } = await createYear('2025/2026');
    await t.call('classes.create', { academicYearId: year.id, grade: 5, label: '5-А' }, session);
    expect((await t.refusal('classes.create', { academicYearId: year.id, grade: 5, label: '5-А' }, session)).code).toBe('CLASS_LABEL_TAKEN');
  });

  it('shows a class page with its members and their counts by sex and age', async () => {
    const { year } = await createYear('2025/2026');
    const { id } = await t.call('classes.create', { academicYearId: year.id, grade: 5, label: '5-А' }, session);
    await t.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222', '2015-05-02'), classId: id }, session);
    await t.call('students.save', { card: { ...student('Коваль', 'Олена', 'Іванівна', '111333', '2014-10-02'), sex: 'F' }, classId: id }, session);
    const page = await t.call('classes.get', { id }, session);
    expect(page.members.map((m) => [m.name, m.current])).toEqual([
      ['Бондар Іван Петрович', true],
      ['Коваль Олена Іванівна', true],
    ]);
    expect(page.counts).toEqual({ total: 2, bySex: { M: 1, F: 1, unknown: 0 }, byAge: [{ age: 10, count: 2 }] });
  });
});
