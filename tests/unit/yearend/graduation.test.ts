import { describe, expect, it } from 'vitest';
import { SchoolBuilder, choices, movementOf, newClassOf, planOf, refusalOf } from './school-state';

describe('graduation from the final grade', () => {
  it('graduates grade 11 with the reason completed education', () => {
    const school = new SchoolBuilder();
    const student = school.student('11-А');
    expect(movementOf(planOf(school.state), student)).toMatchObject({ movement: 'graduate', reason: 'completed_education' });
  });

  it('covers the graduates with one graduate order', () => {
    const school = new SchoolBuilder();
    const first = school.student('11-А');
    const second = school.student('11-Б');
    const orders = planOf(school.state).orders.filter((o) => o.kind === 'graduate');
    expect(orders.map((o) => o.items.map((i) => i.studentId))).toEqual([[first, second]]);
  });

  it('ends a graduate’s enrollment on the transition date and opens none', () => {
    const school = new SchoolBuilder();
    school.student('11-А');
    const plan = planOf(school.state, choices({ date: '2026-06-20' }));
    expect([plan.closedEnrollments.map((c) => c.to), plan.newEnrollments]).toEqual([['2026-06-20'], []]);
  });

  it('ends a graduate’s enrollment no later than the new year’s first day when the transition is run in September', () => {
    const school = new SchoolBuilder();
    school.student('11-А');
    expect(planOf(school.state, choices({ date: '2026-09-03' })).closedEnrollments.map((c) => c.to)).toEqual(['2026-09-01']);
  });

  it('makes no class of grade 12 in an 11-grade school', () => {
    const school = new SchoolBuilder();
    school.student('11-А');
    const plan = planOf(school.state);
    expect([plan.newClasses, plan.classMoves]).toEqual([[], [{ classId: school.classOf('11-А').id }]]);
  });

  it('keeps a final-grade student marked repeating in grade 11 of the new year', () => {
    const school = new SchoolBuilder();
    const student = school.student('11-А');
    const plan = planOf(school.state, choices({ students: [{ studentId: student, action: 'repeat' }] }));
    const movement = movementOf(plan, student);
    expect([movement?.movement, newClassOf(plan, movement?.toClassId)?.label]).toEqual(['repeat', '11-А']);
  });

  it('never leaves a student of the closing year without a new enrollment or a leaving order', () => {
    const school = new SchoolBuilder();
    const students = ['1-А', '4-Б', '9-А', '9-А', '10-А', '11-А', '11-А', '11-Б'].map((label) => school.student(label));
    const [, , leaver, , , repeater, , transfer] = students;
    const plan = planOf(
      school.state,
      choices({
        students: [
          { studentId: leaver as string, action: 'leave' },
          { studentId: repeater as string, action: 'repeat' },
          { studentId: transfer as string, action: 'transfer', destinationSchool: 'Ліцей №3' },
        ],
      }),
    );
    const enrolled = new Set(plan.newEnrollments.map((e) => e.studentId));
    const leaving = new Set(plan.orders.filter((o) => o.kind === 'graduate' || o.kind === 'withdraw').flatMap((o) => o.items.map((i) => i.studentId)));
    expect(students.filter((s) => enrolled.has(s) === leaving.has(s))).toEqual([]);
    expect(plan.closedEnrollments).toHaveLength(students.length);
  });
});

describe('a school configured for 12 grades', () => {
  it('promotes grade 11 to grade 12', () => {
    const school = new SchoolBuilder({ country: 'KG', finalGrade: 12 });
    const student = school.student('11-А');
    const plan = planOf(school.state);
    const movement = movementOf(plan, student);
    expect([movement?.movement, newClassOf(plan, movement?.toClassId)?.label]).toEqual(['promote', '12-А']);
  });

  it('graduates grade 12', () => {
    const school = new SchoolBuilder({ country: 'KG', finalGrade: 12 });
    const student = school.student('12-А');
    expect(movementOf(planOf(school.state), student)?.movement).toBe('graduate');
  });

  it('refuses a class above the final grade', () => {
    const school = new SchoolBuilder({ finalGrade: 11 });
    school.student('12-А');
    expect(refusalOf(school.state)).toMatchObject({ code: 'YEAR_END_GRADE_BEYOND_FINAL', params: { label: '12-А', finalGrade: 11 } });
  });
});
