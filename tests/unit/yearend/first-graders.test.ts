import { describe, expect, it } from 'vitest';
import type { FirstGrader } from '../../../core/yearend/year-end-input';
import { SchoolBuilder, choices, newClassOf, planOf, refusalOf } from './school-state';

function row(lastName: string, classLabel = '1-А', birthDate = '2019-04-02'): FirstGrader {
  return { lastName, firstName: 'Олена', birthDate, classLabel };
}

describe('new first graders', () => {
  it('are enrolled in their grade-1 class of the new year from its first day', () => {
    const plan = planOf(new SchoolBuilder().state, choices({ firstGraders: [row('Бойко', '1-Б')] }));
    const [planned] = plan.firstGraders;
    expect(newClassOf(plan, planned?.classId)).toMatchObject({ label: '1-Б', grade: 1, academicYear: '2026/2027' });
    expect(plan.newEnrollments).toMatchObject([{ studentId: planned?.studentId, from: '2026-09-01', reason: 'admitted' }]);
  });

  it('share a class when they name the same one', () => {
    const plan = planOf(new SchoolBuilder().state, choices({ firstGraders: [row('Бойко'), row('Гнатюк')] }));
    expect(plan.newClasses.map((c) => c.label)).toEqual(['1-А']);
  });

  it('are covered by one enroll order', () => {
    const plan = planOf(new SchoolBuilder().state, choices({ firstGraders: [row('Бойко'), row('Гнатюк')] }));
    expect(plan.orders.map((o) => [o.kind, o.items.length])).toEqual([['enroll', 2]]);
  });

  it('get personal file numbers continuing past the highest of their letter, issued numbers never reused', () => {
    const school = new SchoolBuilder();
    school.student('3-А', { lastName: 'Бондар', personalFileNumber: 'Б/4' });
    school.state.personalFileNumbersUsed.push('Б/7');
    const plan = planOf(school.state, choices({ firstGraders: [row('Бойко'), row('Гнатюк'), row('Білик')] }));
    expect(plan.firstGraders.map((f) => f.personalFileNumber)).toEqual(['Б/8', 'Г/1', 'Б/9']);
  });

  it('are refused in a class that is not of grade 1', () => {
    expect(refusalOf(new SchoolBuilder().state, choices({ firstGraders: [row('Бойко', '2-А')] }))).toEqual({
      code: 'YEAR_END_FIRST_GRADER_NOT_GRADE_1',
      params: { index: 0, classLabel: '2-А' },
    });
  });

  it('are refused when the same child is listed twice', () => {
    const wanted = choices({ firstGraders: [row('Бойко'), row('Гнатюк'), row(' бойко ')] });
    expect(refusalOf(new SchoolBuilder().state, wanted)).toEqual({ code: 'YEAR_END_DUPLICATE_FIRST_GRADER', params: { index: 2, otherIndex: 0 } });
  });

  it('join the grade-1 students who repeat', () => {
    const school = new SchoolBuilder();
    const repeater = school.student('1-А');
    const plan = planOf(school.state, choices({ students: [{ studentId: repeater, action: 'repeat' }], firstGraders: [row('Бойко')] }));
    expect(new Set(plan.newEnrollments.map((e) => e.classId)).size).toBe(1);
  });
});
