import { describe, expect, it } from 'vitest';
import { yearEndPlanSchema } from '../../../core/yearend/year-end-plan';
import { SchoolBuilder, choices, movementOf, newClassOf, planOf, refusalOf } from './school-state';

describe('promotion to the next grade', () => {
  it('makes every class of grade g a class of grade g+1 with the same letter in the new year', () => {
    const school = new SchoolBuilder();
    school.student('5-А');
    school.student('5-Б');
    const plan = planOf(school.state);
    expect(plan.newClasses.map((c) => [c.label, c.grade, c.academicYear])).toEqual([
      ['6-А', 6, '2026/2027'],
      ['6-Б', 6, '2026/2027'],
    ]);
  });

  it('keeps the school’s own style of label', () => {
    const school = new SchoolBuilder();
    school.student('9А');
    expect(planOf(school.state).newClasses.map((c) => c.label)).toEqual(['10А']);
  });

  it('maps each class of the closing year to the class it becomes', () => {
    const school = new SchoolBuilder();
    school.student('7-В');
    const plan = planOf(school.state);
    const move = plan.classMoves.find((m) => m.classId === school.classOf('7-В').id);
    expect(newClassOf(plan, move?.toClassId)?.label).toBe('8-В');
  });

  it('moves the homeroom teacher with the class', () => {
    const school = new SchoolBuilder();
    const teacher = '0000cccc-0000-4000-8000-000000000001';
    school.classOf('3-А', { homeroomTeacherId: teacher });
    school.student('3-А');
    expect(planOf(school.state).newClasses[0]?.homeroomTeacherId).toBe(teacher);
  });

  it('ends the old enrollment on the first day of the new year and opens the new one that day', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А');
    const plan = planOf(school.state);
    expect(plan.closedEnrollments).toEqual([{ enrollmentId: school.state.enrollments[0]?.id, to: '2026-09-01' }]);
    expect(plan.newEnrollments).toMatchObject([{ studentId: student, from: '2026-09-01', reason: 'promoted' }]);
  });

  it('records the promotion as a promote movement into the new class', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А');
    const plan = planOf(school.state);
    const movement = movementOf(plan, student);
    expect(movement?.movement).toBe('promote');
    expect(newClassOf(plan, movement?.toClassId)?.label).toBe('6-А');
  });

  it('creates no class for a closing class whose students all left during the year', () => {
    const school = new SchoolBuilder();
    school.student('4-А', { to: '2026-01-15' });
    expect(planOf(school.state).newClasses).toEqual([]);
  });

  it('leaves the state it was given unchanged', () => {
    const school = new SchoolBuilder();
    school.classOf('5-А', { year: '2026/2027' });
    school.classOf('4-А', { homeroomTeacherId: '0000cccc-0000-4000-8000-000000000001' });
    school.student('4-А');
    school.student('11-А');
    const before = structuredClone(school.state);
    planOf(school.state);
    expect(school.state).toEqual(before);
  });

  it('produces a plan that satisfies its own schema (ids, orders, enrollments)', () => {
    const school = new SchoolBuilder();
    school.student('1-А');
    school.student('9-А');
    school.student('11-А');
    const plan = planOf(school.state, choices({ firstGraders: [{ lastName: 'Бойко', firstName: 'Олег', birthDate: '2019-04-02', classLabel: '1-А' }] }));
    expect(yearEndPlanSchema.safeParse(plan).success).toBe(true);
  });
});

describe('the new academic year', () => {
  it('is created as the year after the closing one, 1 September – 31 August', () => {
    const plan = planOf(new SchoolBuilder().state);
    expect(plan.createsYear).toBe(true);
    expect(plan.newYear).toMatchObject({ label: '2026/2027', start: '2026-09-01', end: '2027-08-31' });
  });

  it('gets two semesters in a UA school', () => {
    const plan = planOf(new SchoolBuilder().state);
    expect(plan.newPeriods.map((p) => [p.kind, p.start, p.end])).toEqual([
      ['semester', '2026-09-01', '2026-12-31'],
      ['semester', '2027-01-01', '2027-05-31'],
    ]);
  });

  it('gets four quarters in a KG school', () => {
    const plan = planOf(new SchoolBuilder({ country: 'KG' }).state);
    expect(plan.newPeriods.map((p) => p.kind)).toEqual(['quarter', 'quarter', 'quarter', 'quarter']);
  });

  it('is used as it is when the school already made it, with its periods', () => {
    const school = new SchoolBuilder();
    const nextYear = { id: '0000dddd-0000-4000-8000-000000000001', label: '2026/2027', start: '2026-08-25', end: '2027-08-31' };
    school.state.nextYear = nextYear;
    school.state.periods.push({ id: '0000dddd-0000-4000-8000-000000000002', academicYear: '2026/2027', kind: 'semester', number: 1, name: 'I', start: '2026-08-25', end: '2026-12-31', closed: false });
    const plan = planOf(school.state);
    expect([plan.createsYear, plan.newYear, plan.newPeriods]).toEqual([false, nextYear, []]);
  });

  it('refuses a next year that does not follow the closing one', () => {
    const school = new SchoolBuilder();
    school.state.nextYear = { id: '0000dddd-0000-4000-8000-000000000001', label: '2027/2028', start: '2027-09-01', end: '2028-08-31' };
    expect(refusalOf(school.state)).toEqual({ code: 'YEAR_END_NEXT_YEAR_MISMATCH', params: { expected: '2026/2027', actual: '2027/2028' } });
  });

  it('refuses a transition date outside the closing and the new year', () => {
    expect(refusalOf(new SchoolBuilder().state, choices({ date: '2025-08-31' })).code).toBe('YEAR_END_DATE_OUT_OF_RANGE');
  });
});

describe('data the planner cannot trust', () => {
  it('refuses a student with two open enrollments in the closing year', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А');
    school.enroll(student, '5-Б');
    expect(refusalOf(school.state)).toEqual({ code: 'YEAR_END_ENROLLED_TWICE', params: { studentId: student } });
  });

  it('refuses two classes of the closing year with the same label', () => {
    const school = new SchoolBuilder();
    school.student('5-А');
    school.state.classes.push({ ...school.classOf('5-А'), id: '0000dddd-0000-4000-8000-000000000009' });
    expect(refusalOf(school.state)).toEqual({ code: 'YEAR_END_DUPLICATE_CLASS_LABEL', params: { label: '5-А' } });
  });

  it('refuses a student already enrolled in a class of the new year', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А');
    school.enroll(student, '6-А', { year: '2026/2027', from: '2026-09-01', reason: 'admitted' });
    expect(refusalOf(school.state)).toEqual({ code: 'YEAR_END_ALREADY_IN_NEXT_YEAR', params: { studentId: student } });
  });
});
