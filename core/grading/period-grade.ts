import type { Country } from '../schemas/common';
import { add, compare, fromDecimalNumber, mean, ratio, roundHalfUp, scale, toFixedHalfUp, type Ratio } from './exact-ratio';

/** The marks of each country's scale (DESIGN §7): whole numbers only. */
export const markScale: Readonly<Record<Country, { min: number; max: number }>> = {
  UA: { min: 1, max: 12 },
  KG: { min: 1, max: 5 },
};

/** KG (seed 004, item 24): the teacher may raise the weighted average by at most 0.3. UA has no bump. */
const maxBump: Readonly<Record<Country, Ratio>> = { UA: ratio(0), KG: ratio(3, 10) };

/** KG (seed 004, item 23): current marks weigh 70 %, control marks 30 %. */
const kgCurrentWeight = ratio(7, 10);
const kgControlWeight = ratio(3, 10);

export type PeriodGradeErrorCode = 'BUMP_OUT_OF_RANGE' | 'MARK_OUT_OF_SCALE';

export type PeriodGradeResult =
  | { ok: true; grade: number | null; average: string | null }
  | { ok: false; error: { code: PeriodGradeErrorCode; params?: Record<string, unknown> } };

export interface PeriodMarks {
  current: number[];
  control: number[];
  bump?: number;
}

export function isMarkInScale(mark: number, country: Country): boolean {
  const { min, max } = markScale[country];
  return Number.isInteger(mark) && mark >= min && mark <= max;
}

function outOfScale(marks: readonly number[], country: Country): PeriodGradeResult | null {
  const wrong = marks.find((mark) => !isMarkInScale(mark, country));
  if (wrong === undefined) return null;
  return { ok: false, error: { code: 'MARK_OUT_OF_SCALE', params: { mark: wrong, ...markScale[country] } } };
}

/** The unrounded value the grade is rounded from, or null without marks. */
function weightedValue(current: readonly number[], control: readonly number[], country: Country): Ratio | null {
  if (country === 'UA') {
    const all = [...current, ...control];
    return all.length === 0 ? null : mean(all);
  }
  if (current.length === 0 && control.length === 0) return null;
  if (control.length === 0) return mean(current);
  if (current.length === 0) return mean(control);
  return add(scale(mean(current), kgCurrentWeight), scale(mean(control), kgControlWeight));
}

/**
 * The suggested period grade (DESIGN §7, seed 004 items 23–24), in exact arithmetic.
 * - KG: 70 % the mean of current marks, 30 % the mean of control marks (one kind missing: the other counts 100 %),
 *   plus the teacher's bump of 0 to 0.3, rounded half up.
 * - UA: the mean of all marks (1–12), rounded half up; a bump above 0 is refused.
 * `average` is the value before rounding (the bump included), half up to two decimals: what the teacher sees beside
 * the grade, so "3.50 → 4" is visible. No marks: both are null.
 */
export function computePeriodGrade(marks: PeriodMarks, country: Country): PeriodGradeResult {
  const wrong = outOfScale(marks.current, country) ?? outOfScale(marks.control, country);
  if (wrong) return wrong;
  const bump = fromDecimalNumber(marks.bump ?? 0);
  if (!bump || compare(bump, ratio(0)) < 0 || compare(bump, maxBump[country]) > 0) {
    return { ok: false, error: { code: 'BUMP_OUT_OF_RANGE', params: { bump: marks.bump, max: country === 'KG' ? 0.3 : 0 } } };
  }
  const value = weightedValue(marks.current, marks.control, country);
  if (!value) return { ok: true, grade: null, average: null };
  const bumped = add(value, bump);
  return { ok: true, grade: roundHalfUp(bumped), average: toFixedHalfUp(bumped, 2) };
}

export type YearGradeResult =
  | { ok: true; grade: number | null; average: string | null }
  | { ok: false; error: { code: 'MARK_OUT_OF_SCALE'; params?: Record<string, unknown> } };

/** The suggested year grade: the round-half-up mean of the period grades (null when no period has one). */
export function computeYearGrade(periodGrades: readonly number[], country: Country): YearGradeResult {
  const wrong = outOfScale(periodGrades, country);
  if (wrong) return wrong as YearGradeResult;
  if (periodGrades.length === 0) return { ok: true, grade: null, average: null };
  const value = mean(periodGrades);
  return { ok: true, grade: roundHalfUp(value), average: toFixedHalfUp(value, 2) };
}
