import { describe, expect, it } from 'vitest';
import { yearEndPlanSchema } from '../../../core/yearend/year-end-plan';
import { SchoolBuilder, appliedAgain, choices, planOf, refusalOf } from './school-state';

function schoolAfterTransition() {
  const school = new SchoolBuilder();
  school.student('5-А');
  school.student('9-А');
  school.student('11-А');
  const plan = planOf(school.state, choices({ firstGraders: [{ lastName: 'Бойко', firstName: 'Олег', birthDate: '2019-04-02', classLabel: '1-А' }] }));
  return appliedAgain(school.state, plan);
}

describe('running the transition twice for the same year', () => {
  it('is refused with the year named', () => {
    expect(refusalOf(schoolAfterTransition())).toEqual({ code: 'YEAR_END_ALREADY_RUN', params: { year: '2025/2026' } });
  });

  it('is refused from the next year’s enrollments alone, even when the orders are missing', () => {
    const state = schoolAfterTransition();
    expect(refusalOf({ ...state, orders: [] }).code).toBe('YEAR_END_ALREADY_RUN');
  });

  it('is refused from the orders alone, even when the next year’s enrollments are missing', () => {
    const state = schoolAfterTransition();
    const nextYearClasses = new Set(state.classes.filter((c) => c.academicYear === '2026/2027').map((c) => c.id));
    expect(refusalOf({ ...state, enrollments: state.enrollments.filter((e) => !nextYearClasses.has(e.classId)) }).code).toBe('YEAR_END_ALREADY_RUN');
  });

  it('cannot express a deletion: a plan only adds rows and ends enrollments', () => {
    expect(Object.keys(yearEndPlanSchema.shape).sort()).toEqual(
      ['classMoves', 'closedEnrollments', 'closingYear', 'createsYear', 'date', 'firstGraders', 'movements', 'newClasses', 'newEnrollments', 'newPeriods', 'newYear', 'orders'].sort(),
    );
  });
});

describe('a next year the school prepared by hand', () => {
  function prepared() {
    const school = new SchoolBuilder();
    school.state.nextYear = { id: '0000dddd-0000-4000-8000-000000000001', label: '2026/2027', start: '2026-09-01', end: '2027-08-31' };
    const firstGrader = '0000dddd-0000-4000-8000-000000000002';
    school.state.students.push({ id: firstGrader, lastName: 'Шевченко' });
    const admitted = school.enroll(firstGrader, '1-А', { year: '2026/2027', from: '2026-09-01', reason: 'admitted' });
    school.student('5-А');
    return { school, admitted };
  }

  it('does not count as a transition already run', () => {
    expect(planOf(prepared().school.state).createsYear).toBe(false);
  });

  it('keeps its classes and fills them', () => {
    const { school } = prepared();
    const plan = planOf(school.state, choices({ firstGraders: [{ lastName: 'Бойко', firstName: 'Олег', birthDate: '2019-04-02', classLabel: '1-А' }] }));
    const existing = school.classOf('1-А', { year: '2026/2027' });
    expect([plan.firstGraders[0]?.classId, plan.newClasses.map((c) => c.label)]).toEqual([existing.id, ['6-А']]);
  });

  it('leaves its enrollments untouched', () => {
    const { school, admitted } = prepared();
    expect(planOf(school.state).closedEnrollments.map((c) => c.enrollmentId)).not.toContain(admitted.id);
  });
});
