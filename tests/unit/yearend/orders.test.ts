import { describe, expect, it } from 'vitest';
import { missingOrderNumbers } from '../../../core/academic/order-numbering';
import { SchoolBuilder, choices, planOf } from './school-state';

function busySchool() {
  const school = new SchoolBuilder();
  const leaver = school.student('9-А');
  school.student('9-А');
  school.student('11-А');
  return { school, wanted: choices({ students: [{ studentId: leaver, action: 'leave' }], firstGraders: [{ lastName: 'Бойко', firstName: 'Олег', birthDate: '2019-04-02', classLabel: '1-А' }] }) };
}

describe('the orders of the transition', () => {
  it('are graduate, withdraw, promote and enroll, in that sequence', () => {
    const { school, wanted } = busySchool();
    expect(planOf(school.state, wanted).orders.map((o) => o.kind)).toEqual(['graduate', 'withdraw', 'promote', 'enroll']);
  });

  it('keep repeaters in an order after the promotion’s, before the enrollment’s', () => {
    const { school, wanted } = busySchool();
    const repeater = school.student('5-А');
    const plan = planOf(school.state, { ...wanted, students: [...wanted.students, { studentId: repeater, action: 'repeat' }] });
    expect(plan.orders.map((o) => o.kind)).toEqual(['graduate', 'withdraw', 'promote', 'repeat', 'enroll']);
  });

  it('carry the basis the office gave, the pedagogical council’s decision', () => {
    const { school, wanted } = busySchool();
    const basis = { kind: 'council_decision' as const, protocolNumber: '7', date: '2026-05-29' };
    expect(planOf(school.state, { ...wanted, basis }).orders.map((o) => o.basis)).toEqual([basis, basis, basis, basis]);
  });

  it('continue the numbers of the academic year containing the transition date', () => {
    const { school, wanted } = busySchool();
    school.ordersNumbered(5);
    expect(planOf(school.state, wanted).orders.map((o) => o.number)).toEqual([6, 7, 8, 9]);
  });

  it('leave no gap in the year’s numbering', () => {
    const { school, wanted } = busySchool();
    school.ordersNumbered(5);
    const plan = planOf(school.state, wanted);
    expect(missingOrderNumbers([...school.state.orders, ...plan.orders], '2025/2026')).toEqual([]);
  });

  it('stay consecutive when a kind has nothing to order', () => {
    const school = new SchoolBuilder();
    school.student('5-А');
    school.student('11-А');
    school.ordersNumbered(2);
    expect(planOf(school.state).orders.map((o) => [o.kind, o.number])).toEqual([
      ['graduate', 3],
      ['promote', 4],
    ]);
  });

  it('start the new year’s numbering when the transition is dated in it', () => {
    const { school } = busySchool();
    school.ordersNumbered(5);
    expect(planOf(school.state, choices({ date: '2026-09-01' })).orders.map((o) => o.number)).toEqual([1, 2]);
  });

  it('are all dated the transition date and name the year they closed', () => {
    const { school, wanted } = busySchool();
    const orders = planOf(school.state, wanted).orders;
    expect(new Set(orders.map((o) => `${o.date} ${o.yearEndOf}`))).toEqual(new Set(['2026-06-20 2025/2026']));
  });

  it('cover every movement of a student', () => {
    const { school, wanted } = busySchool();
    const plan = planOf(school.state, wanted);
    const ordered = new Set(plan.orders.flatMap((o) => o.items.map((i) => `${o.id} ${i.studentId}`)));
    const moved = plan.movements.filter((m) => m.movement !== 'not_carried');
    expect(moved.filter((m) => !ordered.has(`${m.orderId} ${m.studentId}`))).toEqual([]);
  });

  it('are what the new enrollments refer to', () => {
    const { school, wanted } = busySchool();
    const plan = planOf(school.state, wanted);
    const orderIds = new Set(plan.orders.map((o) => o.id));
    expect(plan.newEnrollments.every((e) => e.orderId !== undefined && orderIds.has(e.orderId))).toBe(true);
  });
});
