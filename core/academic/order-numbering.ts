import type { AcademicYearLabel } from './academic-year';
import { academicYearOf } from './academic-year';
import type { Order } from './order';

type Numbered = Pick<Order, 'number' | 'date'>;

/**
 * Orders are numbered per school within the academic year that contains their date (1 September – 31 August),
 * from 1 and without gaps. An order dated 20 June 2026 therefore continues the 2025/2026 sequence.
 */
function numbersOfYear(orders: readonly Numbered[], year: AcademicYearLabel): number[] {
  return orders.filter((o) => academicYearOf(o.date).label === year).map((o) => o.number);
}

/** The number the next order of `year` takes: one past the highest, so even a damaged sequence never repeats one. */
export function nextOrderNumber(orders: readonly Numbered[], year: AcademicYearLabel): number {
  return numbersOfYear(orders, year).reduce((max, n) => Math.max(max, n), 0) + 1;
}

/** Numbers of `year` below its highest that no order carries, ascending: what the office must account for. */
export function missingOrderNumbers(orders: readonly Numbered[], year: AcademicYearLabel): number[] {
  const used = new Set(numbersOfYear(orders, year));
  const highest = Math.max(0, ...used);
  const missing: number[] = [];
  for (let n = 1; n < highest; n += 1) if (!used.has(n)) missing.push(n);
  return missing;
}
