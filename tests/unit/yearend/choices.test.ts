import { describe, expect, it } from 'vitest';
import { yearEndChoicesSchema } from '../../../core/yearend/year-end-input';
import { planYearEnd } from '../../../core/yearend/plan-year-end';
import { SchoolBuilder, applied, choices, counterIds, movementOf, newClassOf, planIds, planOf, refusalOf } from './school-state';

describe('a student marked repeating', () => {
  it('stays in the same grade and letter in the new year', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А');
    const plan = planOf(school.state, choices({ students: [{ studentId: student, action: 'repeat' }] }));
    const movement = movementOf(plan, student);
    expect([movement?.movement, newClassOf(plan, movement?.toClassId)?.label]).toEqual(['repeat', '5-А']);
  });

  it('joins the class promoted from the grade below when there is one', () => {
    const school = new SchoolBuilder();
    const repeater = school.student('5-А');
    const promoted = school.student('4-А');
    const plan = planOf(school.state, choices({ students: [{ studentId: repeater, action: 'repeat' }] }));
    expect(movementOf(plan, repeater)?.toClassId).toBe(movementOf(plan, promoted)?.toClassId);
  });

  it('gets an enrollment with the reason repeating, covered by an order of its own (залишення на повторне навчання)', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А');
    const plan = planOf(school.state, choices({ students: [{ studentId: student, action: 'repeat' }] }));
    const repeat = plan.orders.find((o) => o.kind === 'repeat');
    expect(plan.newEnrollments).toMatchObject([{ studentId: student, reason: 'repeating', orderId: repeat?.id }]);
    expect(repeat?.items).toEqual([{ studentId: student, fromClassId: school.classOf('5-А').id, toClassId: movementOf(plan, student)?.toClassId }]);
  });

  it('is not an item of the promotion order, whose items are as many as the students promoted', () => {
    const school = new SchoolBuilder();
    const repeater = school.student('1-А');
    school.student('1-А');
    school.student('2-А');
    const plan = planOf(school.state, choices({ students: [{ studentId: repeater, action: 'repeat' }] }));
    const promote = plan.orders.find((o) => o.kind === 'promote');
    const promoted = plan.movements.filter((m) => m.movement === 'promote');
    expect(promote?.items.map((i) => i.studentId)).not.toContain(repeater);
    expect(promote?.items).toHaveLength(promoted.length);
  });

  it('is promoted normally at the next transition: the mark is not carried into the next year', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А');
    const first = planOf(school.state, choices({ students: [{ studentId: student, action: 'repeat' }] }));
    const next = applied(school.state, first);
    const second = planYearEnd(next, choices({ date: '2027-06-20' }), counterIds(0xcccc));
    expect(second.ok && movementOf(second.plan, student)?.movement).toBe('promote');
  });
});

describe('a grade-9 student marked leaving', () => {
  it('is withdrawn with the reason completed education by a withdraw order', () => {
    const school = new SchoolBuilder();
    const student = school.student('9-А');
    const plan = planOf(school.state, choices({ students: [{ studentId: student, action: 'leave' }] }));
    expect(movementOf(plan, student)).toMatchObject({ movement: 'leave', reason: 'completed_education' });
    expect(plan.orders).toMatchObject([{ kind: 'withdraw', items: [{ studentId: student, reason: 'completed_education' }] }]);
  });

  it('gets no enrollment in the new year', () => {
    const school = new SchoolBuilder();
    const student = school.student('9-А');
    expect(planOf(school.state, choices({ students: [{ studentId: student, action: 'leave' }] })).newEnrollments).toEqual([]);
  });

  it('is refused for a student not in grade 9', () => {
    const school = new SchoolBuilder();
    const student = school.student('8-А');
    expect(refusalOf(school.state, choices({ students: [{ studentId: student, action: 'leave' }] }))).toEqual({
      code: 'YEAR_END_LEAVE_NOT_GRADE_9',
      params: { studentId: student, grade: 8 },
    });
  });
});

describe('a student marked transferring to another school', () => {
  it('is withdrawn as enrolled elsewhere with the destination school', () => {
    const school = new SchoolBuilder();
    const student = school.student('6-Б');
    const plan = planOf(school.state, choices({ students: [{ studentId: student, action: 'transfer', destinationSchool: 'Ліцей №3' }] }));
    expect(plan.orders).toMatchObject([
      { kind: 'withdraw', items: [{ studentId: student, reason: 'enrolled_elsewhere', destinationSchool: 'Ліцей №3' }] },
    ]);
  });

  it('keeps another withdrawal reason when one is given', () => {
    const school = new SchoolBuilder();
    const student = school.student('6-Б');
    const wanted = choices({ students: [{ studentId: student, action: 'transfer', destinationSchool: 'Польща', reason: 'moved_abroad' }] });
    expect(movementOf(planOf(school.state, wanted), student)).toMatchObject({ movement: 'transfer', reason: 'moved_abroad' });
  });

  it('needs a destination school', () => {
    const parsed = yearEndChoicesSchema.safeParse({ date: '2026-06-20', students: [{ studentId: crypto.randomUUID(), action: 'transfer', destinationSchool: ' ' }] });
    expect(parsed.success).toBe(false);
  });
});

describe('choices the planner refuses', () => {
  it('refuses a choice for a student not in the school', () => {
    const school = new SchoolBuilder();
    const stranger = planIds()();
    expect(refusalOf(school.state, choices({ students: [{ studentId: stranger, action: 'repeat' }] }))).toEqual({
      code: 'YEAR_END_UNKNOWN_STUDENT',
      params: { studentId: stranger },
    });
  });

  it('refuses a choice for a student withdrawn during the year', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А', { to: '2026-02-01' });
    expect(refusalOf(school.state, choices({ students: [{ studentId: student, action: 'repeat' }] })).code).toBe('YEAR_END_STUDENT_NOT_ENROLLED');
  });

  it('refuses two choices for one student', () => {
    const school = new SchoolBuilder();
    const student = school.student('9-А');
    const wanted = choices({ students: [{ studentId: student, action: 'repeat' }, { studentId: student, action: 'leave' }] });
    expect(refusalOf(school.state, wanted).code).toBe('YEAR_END_DUPLICATE_CHOICE');
  });
});
