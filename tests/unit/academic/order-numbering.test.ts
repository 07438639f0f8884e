import { describe, expect, it } from 'vitest';
import { missingOrderNumbers, nextOrderNumber } from '../../../core/academic/order-numbering';

describe('order numbers', () => {
  it('start at 1 in a year without orders', () => {
    expect(nextOrderNumber([{ number: 40, date: '2025-05-10' }], '2025/2026')).toBe(1);
  });

  it('continue past the highest of the year', () => {
    expect(nextOrderNumber([{ number: 1, date: '2025-09-01' }, { number: 2, date: '2026-03-02' }], '2025/2026')).toBe(3);
  });

  it('count an order dated in June in the year that began the September before', () => {
    expect(nextOrderNumber([{ number: 7, date: '2026-06-20' }], '2025/2026')).toBe(8);
  });

  it('never repeat a number when the sequence has a hole', () => {
    expect(nextOrderNumber([{ number: 1, date: '2025-09-01' }, { number: 3, date: '2025-09-02' }], '2025/2026')).toBe(4);
  });

  it('report the holes of a year', () => {
    const orders = [1, 2, 5, 7].map((number) => ({ number, date: '2025-10-01' }));
    expect(missingOrderNumbers(orders, '2025/2026')).toEqual([3, 4, 6]);
  });

  it('report no hole in a year without orders', () => {
    expect(missingOrderNumbers([], '2025/2026')).toEqual([]);
  });
});
