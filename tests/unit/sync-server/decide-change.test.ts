import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkChange } from '../../../sync-server/sync/change-check';
import { decideChange, type DecisionContext } from '../../../sync-server/sync/decide-change';
import { OrderRegister } from '../../../sync-server/sync/order-numbers';
import type { StoredRecord } from '../../../sync-server/sync/record-rows';
import { staffCard } from '../../fixtures/sync-server/cards';

const school = 'school-a';
const context: DecisionContext = { schoolId: school, orders: null };

function stored(id: string, overrides: Partial<StoredRecord> = {}): StoredRecord {
  return { id, school_id: school, type: 'staff', rev: 3, deleted: 0, data: JSON.stringify(staffCard()), ...overrides };
}

function change(overrides: Record<string, unknown> = {}) {
  return checkChange({ type: 'staff', id: randomUUID(), baseRev: null, data: staffCard(), ...overrides });
}

const order = { academicYear: '2025/2026', number: 4, date: '2025-09-01', enteredOn: '2025-09-01', kind: 'enroll', items: [{ studentId: randomUUID(), toClassId: randomUUID() }] };

describe('decideChange', () => {
  it('rejects a malformed change with the issues of its check', () => {
    expect(decideChange(change({ type: 'homework' }), undefined, context)).toEqual({ outcome: 'rejected', issues: [{ code: 'UNKNOWN_TYPE', severity: 'error', field: 'type', params: { type: 'homework' } }] });
  });

  it('rejects an id another school holds as FOREIGN_ID', () => {
    const c = change();
    expect(decideChange(c, stored(c.id, { school_id: 'school-b' }), context)).toEqual({ outcome: 'rejected', issues: [{ code: 'FOREIGN_ID', severity: 'error', field: 'id' }] });
  });

  it('rejects an id the school holds under another type as FOREIGN_ID', () => {
    const c = change({ baseRev: 3 });
    expect(decideChange(c, stored(c.id, { type: 'student' }), context)).toMatchObject({ outcome: 'rejected', issues: [{ code: 'FOREIGN_ID' }] });
  });

  it("answers a conflict with the server's record when baseRev is not its revision", () => {
    const c = change({ baseRev: 2 });
    const current = stored(c.id);
    expect(decideChange(c, current, context)).toEqual({ outcome: 'conflict', server: current });
  });

  it('answers a conflict without a record when the server never had it', () => {
    expect(decideChange(change({ baseRev: 5 }), undefined, context)).toEqual({ outcome: 'conflict', server: null });
  });

  it('rejects an order whose number another order holds as ORDER_NUMBER_TAKEN', () => {
    const orders = new OrderRegister();
    orders.hold(randomUUID(), '2025/2026', 4);
    const decision = decideChange(checkChange({ type: 'order', id: randomUUID(), baseRev: null, data: order }), undefined, { schoolId: school, orders });
    expect(decision).toEqual({ outcome: 'rejected', issues: [{ code: 'ORDER_NUMBER_TAKEN', severity: 'error', field: 'number', params: { academicYear: '2025/2026', number: 4 } }] });
  });

  it('applies an order that keeps its own number', () => {
    const id = randomUUID();
    const orders = new OrderRegister();
    orders.hold(id, '2025/2026', 4);
    expect(decideChange(checkChange({ type: 'order', id, baseRev: null, data: order }), undefined, { schoolId: school, orders })).toMatchObject({ outcome: 'applied' });
  });

  it('applies a new record at revision 1 with its data', () => {
    const c = change();
    expect(decideChange(c, undefined, context)).toEqual({ outcome: 'applied', record: { id: c.id, school_id: school, type: 'staff', rev: 1, deleted: 0, data: JSON.stringify(c.ok && c.data) } });
  });

  it('applies an edit at the next revision', () => {
    const c = change({ baseRev: 3 });
    expect(decideChange(c, stored(c.id), context)).toMatchObject({ outcome: 'applied', record: { rev: 4, deleted: 0 } });
  });

  it('applies a deletion as a tombstone that keeps the last data', () => {
    const c = change({ baseRev: 3, deleted: true, data: undefined });
    const current = stored(c.id);
    expect(decideChange(c, current, context)).toEqual({ outcome: 'applied', record: { ...current, rev: 4, deleted: 1 } });
  });
});
