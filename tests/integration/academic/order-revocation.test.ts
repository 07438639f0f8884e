import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { student } from '../../fixtures/backend/cards';
import { openOffice, today, type Office } from '../../fixtures/office';

const basis = { kind: 'council_decision' as const, protocolNumber: '4', date: today };

/** An order is never deleted: it is revoked by another order, which undoes what it did (issue 14, item 8). */
describe('revoking an order', () => {
  let office: Office;
  let classA: string;
  let classB: string;
  beforeEach(async () => {
    office = await openOffice();
    classA = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    classB = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
  });
  afterEach(() => office.dispose());

  const enrolled = async (lastName: string, certificate: string) =>
    (await office.call('students.save', { card: student(lastName, 'Іван', 'Петрович', certificate), classId: classA })).meta.id;
  const classOf = async (id: string) => (await office.call('students.get', { id })).classId;
  const transfer = async (studentId: string) =>
    (await office.call('orders.create', { date: today, kind: 'transfer', basis, items: [{ studentId, toClassId: classB }] })).order;

  it('issues a numbered revoke order naming the order it revokes, which stays in the register marked revoked', async () => {
    const id = await enrolled('Бондар', '111222');
    const moved = await transfer(id);
    const { order: revocation } = await office.call('orders.revoke', { orderId: moved.id, date: today, basis });
    expect(revocation).toMatchObject({ kind: 'revoke', number: moved.number + 1, revokes: { id: moved.id, number: moved.number }, basis });
    expect((await office.call('orders.get', { id: moved.id })).order.revokedBy).toEqual({ id: revocation.id, number: revocation.number, date: today });
  });

  it('puts a transferred student back in the class they came from, with no trace of the stay the order began', async () => {
    const id = await enrolled('Бондар', '111222');
    await office.call('orders.revoke', { orderId: (await transfer(id)).id, date: today, basis });
    expect(await classOf(id)).toBe(classA);
    const { entries } = await office.call('students.classHistory', { id });
    expect(entries.map((e) => [e.classLabel, e.to])).toEqual([['5-А', null]]);
  });

  it('takes a student back into the class a revoked withdrawal took them out of', async () => {
    const id = await enrolled('Бондар', '111222');
    const { order } = await office.call('orders.create', { date: today, kind: 'withdraw', basis, items: [{ studentId: id, reason: 'moved_abroad' }] });
    await office.call('orders.revoke', { orderId: order.id, date: today, basis });
    expect(await classOf(id)).toBe(classA);
  });

  it('is refused for an order already revoked, and for the revocation itself', async () => {
    const id = await enrolled('Бондар', '111222');
    const moved = await transfer(id);
    const { order: revocation } = await office.call('orders.revoke', { orderId: moved.id, date: today, basis });
    expect((await office.refusal('orders.revoke', { orderId: moved.id, date: today, basis })).code).toBe('ORDER_ALREADY_REVOKED');
    expect((await office.refusal('orders.revoke', { orderId: revocation.id, date: today, basis })).code).toBe('ORDER_REVOKE_REVOCATION');
  });

  it('is refused while a later order has moved the student since, changing nothing', async () => {
    const id = await enrolled('Бондар', '111222');
    const { orders } = await office.call('orders.list', {});
    const enrollment = orders.find((o) => o.kind === 'enroll');
    await transfer(id);
    const error = await office.refusal('orders.revoke', { orderId: enrollment?.id ?? '', date: today, basis });
    expect(error.code).toBe('ORDER_REVOKE_LATER_ORDER');
    expect(await classOf(id)).toBe(classB);
  });

  it('is audited: the revoke order and each enrollment it changed', async () => {
    const id = await enrolled('Бондар', '111222');
    const moved = await transfer(id);
    const { order: revocation } = await office.call('orders.revoke', { orderId: moved.id, date: today, basis });
    const audit = office.backend.db
      .prepare("SELECT entity, action FROM audit_log WHERE seq > (SELECT seq FROM audit_log WHERE entity = 'order' AND entity_id = ?) ORDER BY seq")
      .all(moved.id) as { entity: string; action: string }[];
    expect(audit).toEqual(
      expect.arrayContaining([
        { entity: 'enrollment', action: 'delete' },
        { entity: 'enrollment', action: 'update' },
        { entity: 'order', action: 'create' },
      ]),
    );
    expect(office.backend.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'order' AND entity_id = ?").get(revocation.id)).toEqual({ n: 1 });
  });
});
