import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/rules/calendar';
import { isOrderEnteredLate, workingDaysAfter } from '../../../core/academic/order-lateness';

// 2026-06-19 is a Friday.
describe('working days after an order’s date', () => {
  it('skip the weekend', () => {
    expect(workingDaysAfter('2026-06-19', '2026-06-22')).toBe(1);
  });

  it('are none on the same day', () => {
    expect(workingDaysAfter('2026-06-19', '2026-06-19')).toBe(0);
  });

  it('are none for an order entered before its date', () => {
    expect(workingDaysAfter('2026-06-19', '2026-06-15')).toBe(0);
  });

  it('count five a week over long spans', () => {
    expect(workingDaysAfter('2026-06-19', '2026-09-18')).toBe(65);
  });

  it('agree with counting day by day', () => {
    const from = '2026-06-17';
    const byDay = (to: string) => {
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) count += [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) ? 0 : 1;
      return count;
    };
    const ends = Array.from({ length: 30 }, (_, n) => addDays(from, n));
    expect(ends.map((to) => workingDaysAfter(from, to))).toEqual(ends.map(byDay));
  });
});

describe('an order entered late', () => {
  it('is not late on the third working day after its date', () => {
    expect(isOrderEnteredLate('2026-06-19', '2026-06-24')).toBe(false);
  });

  it('is late on the fourth working day after its date', () => {
    expect(isOrderEnteredLate('2026-06-19', '2026-06-25')).toBe(true);
  });
});
