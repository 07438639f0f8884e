import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../core/api/contract';
import type { DemoDefectKind, DemoSchool } from '../../../electron/backend/demo/demo-school-types';
import { generateDemoSchool } from '../../../electron/backend/demo/generate-demo-school';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { seedDemoSchool, type DemoSeedSummary } from '../../../electron/backend/demo/seed-demo-school';
import { openBlankOffice, today, type Office } from '../../fixtures/office';

/** The code each planted mistake must produce on its card; a name with Latin look-alikes is corrected on save instead. */
const expectedCode: Record<Exclude<DemoDefectKind, 'name_latin_lookalike'>, string> = {
  taxid_checksum: 'CHECKSUM',
  taxid_birthdate: 'TAXID_BIRTHDATE_MISMATCH',
  certificate_series_latin: 'FORMAT',
  certificate_series_no_hyphen: 'FORMAT',
  certificate_missing: 'REQUIRED',
  certificate_duplicate: 'DUPLICATE_IN_SCHOOL',
  age_implausible: 'AGE_GRADE_IMPLAUSIBLE',
  staff_taxid_missing: 'REQUIRED',
  staff_taxid_checksum: 'CHECKSUM',
};

describe('the seeded demo school', () => {
  let office: Office;
  let summary: DemoSeedSummary;
  let generated: DemoSchool;

  beforeAll(async () => {
    office = openBlankOffice();
    summary = await seedDemoSchool(office.backend, { today, journals: false });
    generated = generateDemoSchool({ today });
    await office.signIn(demoAdministrator.login, demoAdministrator.password);
  });

  afterAll(() => office.dispose());

  it('holds every generated student, staff member and class', async () => {
    expect((await office.call('students.list', {})).total).toBe(generated.students.length);
    expect((await office.call('staff.list', {})).total).toBe(150);
    expect((await office.call('classes.list', {})).classes).toHaveLength(70);
  });

  it('enrols each student in the class the generator put them in', async () => {
    const student = generated.students[100];
    if (!student) throw new Error('too few students');
    const { classId } = await office.call('students.get', { id: summary.studentIds[student.key] ?? '' });
    const { classes } = await office.call('classes.list', {});
    expect(classes.find((c) => c.id === classId)?.label).toBe(student.classKey);
  });

  describe('its enroll orders of the current year', () => {
    const firstOfSeptember = '2025-09-01';
    let orders: MethodOutput<'orders.list'>['orders'];
    let missingNumbers: number[];
    /** Today's students of the 1st grades: the others came from last year's classes by the year-end transition. */
    const firstGraders = () => generated.students.filter((s) => s.classKey.startsWith('1-'));
    beforeAll(async () => {
      ({ orders, missingNumbers } = await office.call('orders.list', { academicYear: '2025/2026' }));
    });

    it('are one enroll order per 1st grade holding all of its students', () => {
      expect(orders.every((o) => o.kind === 'enroll' && new Set(o.items.map((i) => i.toClassId)).size === 1)).toBe(true);
      const firstGrades = generated.classes.filter((c) => c.grade === 1);
      const byClass = new Map(firstGrades.map((c) => [c.key, generated.students.filter((s) => s.classKey === c.key).length]));
      expect(orders.map((o) => [o.items[0]?.toClass, o.items.length]).sort()).toEqual([...byClass].sort());
    });

    it('cover every new 1st grader exactly once', () => {
      const enrolled = orders.flatMap((o) => o.items.map((i) => i.studentId));
      expect(enrolled).toHaveLength(firstGraders().length);
      expect(new Set(enrolled)).toEqual(new Set(firstGraders().map((s) => summary.studentIds[s.key])));
    });

    it('are dated and entered on 1 September, so none is flagged late', () => {
      expect(orders.every((o) => o.date === firstOfSeptember && o.enteredOn === firstOfSeptember)).toBe(true);
      expect(orders.flatMap((o) => o.warnings)).toEqual([]);
    });

    it('are numbered from 1 without gaps', () => {
      expect(orders.map((o) => o.number).sort((a, b) => a - b)).toEqual(orders.map((_, i) => i + 1));
      expect(missingNumbers).toEqual([]);
    });

    it("start each student in today's class on 1 September: the 1st graders admitted, the others by the year-end's orders", async () => {
      const starts = new Set<string>();
      for (const id of Object.values(summary.studentIds)) {
        const { entries } = await office.call('students.classHistory', { id });
        const current = entries.find((e) => e.from === firstOfSeptember);
        starts.add(`${current?.from} ${current?.reason} ${current?.order?.date}`);
      }
      expect([...starts].sort()).toEqual([`${firstOfSeptember} admitted ${firstOfSeptember}`, `${firstOfSeptember} promoted 2025-06-01`, `${firstOfSeptember} repeating 2025-06-01`]);
    });

    it('give each student the personal file number written on their generated card', async () => {
      const { entries } = await office.call('alphabetBook.list', {});
      const issued = new Map(entries.map((e) => [e.studentId, e.personalFileNumber]));
      const expected = generated.students.map((s) => [summary.studentIds[s.key], s.card.personalFileNumber]);
      expect(expected.filter(([id, value]) => issued.get(id ?? '') !== value)).toEqual([]);
    });
  });

  it('tells the login screen that this is the demo school', async () => {
    expect(await office.call('setup.status', {})).toMatchObject({ needsSetup: false, demo: true });
  });

  it('names the demo administrator in the audit of every seeded card', async () => {
    const id = summary.studentIds[generated.students[0]?.key ?? ''] ?? '';
    const { entries } = await office.call('audit.history', { entity: 'student', id });
    expect(entries[0]).toMatchObject({ action: 'create', userName: 'Адміністратор (демо)' });
  });

  it('keeps an unbroken audit chain', async () => {
    expect(await office.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('has no card whose row differs from what its audit describes', async () => {
    expect(await office.call('audit.verify', {})).toMatchObject({ drift: [], driftTotal: 0 });
  });

  it('passes the checks on most cards', async () => {
    const { students } = await office.call('home.summary', {});
    expect(students.error / students.total).toBeLessThan(0.06);
    const { rows } = await office.call('students.list', { status: 'ok' });
    expect(rows.length / students.total).toBeGreaterThan(0.85);
  });

  it('shows each planted mistake with its code on its card', async () => {
    const missing: string[] = [];
    for (const defect of generated.defects) {
      const kind = defect.kind;
      if (kind === 'name_latin_lookalike') continue;
      const ids = defect.entity === 'student' ? summary.studentIds : summary.staffIds;
      const id = ids[defect.key] ?? '';
      const { meta } = defect.entity === 'student' ? await office.call('students.get', { id }) : await office.call('staff.get', { id });
      if (!meta.issues.some((i) => i.code === expectedCode[kind])) missing.push(`${defect.kind} ${defect.key}: ${JSON.stringify(meta.issues)}`);
    }
    expect(missing).toEqual([]);
  });

  it('stores names typed with Latin look-alike letters in Cyrillic, with no remark left on the card', async () => {
    const latin = /[A-Za-z]/;
    for (const defect of generated.defects.filter((d) => d.kind === 'name_latin_lookalike')) {
      const { card, meta } = await office.call('students.get', { id: summary.studentIds[defect.key] ?? '' });
      expect(`${card.lastName} ${card.firstName}`).not.toMatch(latin);
      expect(meta.issues.map((i) => i.code)).not.toContain('NORMALISED');
    }
  });

  it('reports a wrong tax number checksum on the tax number field', async () => {
    const defect = generated.defects.find((d) => d.kind === 'taxid_checksum');
    const { meta } = await office.call('students.get', { id: summary.studentIds[defect?.key ?? ''] ?? '' });
    expect(meta.issues).toContainEqual(expect.objectContaining({ code: 'CHECKSUM', severity: 'error', field: 'taxId' }));
    expect(meta.status).toBe('error');
  });

  it('refuses to seed a second time into a school that exists', async () => {
    await expect(seedDemoSchool(office.backend, { today })).rejects.toMatchObject({ code: 'SETUP_ALREADY_DONE' });
    expect((await office.call('students.list', {})).total).toBe(generated.students.length);
  });
});

describe('the seeded demo school without its history (the card benches’ fixture)', () => {
  let office: Office;
  let generated: DemoSchool;

  beforeAll(async () => {
    office = openBlankOffice();
    await seedDemoSchool(office.backend, { today, journals: false, history: false });
    generated = generateDemoSchool({ today });
    await office.signIn(demoAdministrator.login, demoAdministrator.password);
  });

  afterAll(() => office.dispose());

  it('holds the current year only, with no grades of a past one', async () => {
    expect((await office.call('academicYears.list', {})).years.map((y) => y.label)).toEqual(['2025/2026']);
    expect(office.backend.db.prepare('SELECT count(*) FROM period_grades').pluck().get()).toBe(0);
  });

  it('holds no graduates or leavers: every card is a student of this year', async () => {
    expect((await office.call('students.list', {})).total).toBe(generated.students.length);
  });

  it('enrols every student, each class by one enroll order of 1 September', async () => {
    const { orders } = await office.call('orders.list', { academicYear: '2025/2026' });
    expect(orders.filter((o) => o.kind === 'enroll' && o.date === '2025-09-01')).toHaveLength(70);
    const { classes } = await office.call('classes.ofYear', {});
    expect(classes.reduce((sum, c) => sum + c.studentCount, 0)).toBe(generated.students.length);
  });
});
