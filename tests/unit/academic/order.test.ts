import { describe, expect, it } from 'vitest';
import type { OrderItem, OrderKind } from '../../../core/academic/order';
import { orderSchema } from '../../../core/academic/order';

const student = '0000aaaa-0000-4000-8000-000000000001';
const fromClassId = '0000aaaa-0000-4000-8000-000000000002';
const toClassId = '0000aaaa-0000-4000-8000-000000000003';

function valid(kind: OrderKind, item: Omit<OrderItem, 'studentId'>): boolean {
  return orderSchema.safeParse({ number: 1, date: '2026-06-20', kind, items: [{ studentId: student, ...item }] }).success;
}

describe('orders', () => {
  it('need at least one item', () => {
    expect(orderSchema.safeParse({ number: 1, date: '2026-06-20', kind: 'promote', items: [] }).success).toBe(false);
  });

  it('are numbered from 1', () => {
    expect(orderSchema.safeParse({ number: 0, date: '2026-06-20', kind: 'enroll', items: [{ studentId: student, toClassId }] }).success).toBe(false);
  });

  it('enroll a student into a class', () => {
    expect(valid('enroll', { toClassId })).toBe(true);
  });

  it('cannot enroll without a class', () => {
    expect(valid('enroll', {})).toBe(false);
  });

  it('transfer between two classes', () => {
    expect(valid('transfer', { fromClassId, toClassId })).toBe(true);
  });

  it('cannot promote without the class to go to', () => {
    expect(valid('promote', { fromClassId })).toBe(false);
  });

  it('withdraw with a reason', () => {
    expect(valid('withdraw', { fromClassId, reason: 'moved_abroad' })).toBe(true);
  });

  it('cannot withdraw without a reason', () => {
    expect(valid('withdraw', { fromClassId })).toBe(false);
  });

  it('name the destination school of a student enrolled elsewhere', () => {
    expect(valid('withdraw', { fromClassId, reason: 'enrolled_elsewhere' })).toBe(false);
  });

  it('accept a withdrawal to a named school', () => {
    expect(valid('withdraw', { fromClassId, reason: 'enrolled_elsewhere', destinationSchool: 'Ліцей №3' })).toBe(true);
  });

  it('graduate for completed education only', () => {
    expect(valid('graduate', { fromClassId, reason: 'other' })).toBe(false);
  });

  it('graduate without a class to go to', () => {
    expect(valid('graduate', { fromClassId, toClassId, reason: 'completed_education' })).toBe(false);
  });
});
