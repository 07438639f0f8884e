import { describe, expect, it } from 'vitest';
import { SchoolBuilder, movementOf, newClassOf, planOf } from './school-state';

describe('students withdrawn during the year', () => {
  it('are not carried into the new year', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А', { to: '2026-02-01' });
    const plan = planOf(school.state);
    expect(plan.newEnrollments.filter((e) => e.studentId === student)).toEqual([]);
  });

  it('are listed as not carried, from the class they left', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А', { to: '2026-02-01' });
    expect(movementOf(planOf(school.state), student)).toEqual({ studentId: student, fromClassId: school.classOf('5-А').id, movement: 'not_carried' });
  });

  it('appear in no order of the transition', () => {
    const school = new SchoolBuilder();
    school.student('5-А', { to: '2026-02-01' });
    expect(planOf(school.state).orders).toEqual([]);
  });

  it('are not carried even when their enrollment was left open by mistake', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А', { withdrawnOn: '2026-03-10' });
    const plan = planOf(school.state);
    expect([movementOf(plan, student)?.movement, plan.newEnrollments, plan.orders]).toEqual(['not_carried', [], []]);
  });

  it('have an enrollment left open by mistake ended on the day they were withdrawn', () => {
    const school = new SchoolBuilder();
    school.student('5-А', { withdrawnOn: '2026-03-10' });
    expect(planOf(school.state).closedEnrollments.map((c) => c.to)).toEqual(['2026-03-10']);
  });

  it('are carried when readmitted after the withdrawal', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А', { withdrawnOn: '2025-10-01', from: '2025-11-03' });
    expect(movementOf(planOf(school.state), student)?.movement).toBe('promote');
  });
});

describe('a student moved between classes during the year', () => {
  it('is promoted from the class of the year’s end only', () => {
    const school = new SchoolBuilder();
    const student = school.student('5-А', { to: '2026-01-12' });
    school.enroll(student, '5-Б', { from: '2026-01-12', reason: 'class_transfer' });
    const plan = planOf(school.state);
    const moves = plan.movements.filter((m) => m.studentId === student);
    expect(moves.map((m) => [m.movement, newClassOf(plan, m.toClassId)?.label])).toEqual([['promote', '6-Б']]);
  });
});
