import type { Issue } from '../schemas/issue';
import { ageOn, isRealDate } from './calendar';
import { makeIssue } from './codes';

const isoShape = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date a person typed: DATE_INVALID when it is no real date — with `format: 'date'` when it is not even written as
 * a date ("14052019"), so the message shows how to write one — DATE_IN_FUTURE when after `today` (null: may lie ahead).
 */
export function dateIssues(field: string, value: string | undefined, today: string | null): Issue[] {
  if (value === undefined || value === '') return [];
  if (!isoShape.test(value)) return [makeIssue('DATE_INVALID', field, { format: 'date' })];
  if (!isRealDate(value)) return [makeIssue('DATE_INVALID', field)];
  return today !== null && value > today ? [makeIssue('DATE_IN_FUTURE', field)] : [];
}

/** A required date: REQUIRED when empty, otherwise as dateIssues. */
export function requiredDateIssues(field: string, value: string, today: string): Issue[] {
  return value === '' ? [makeIssue('REQUIRED', field)] : dateIssues(field, value, today);
}

/** A later date of a pair (dismissed on, hired on) that lies before the earlier one → DATE_BEFORE naming the other field. */
export function dateOrderIssues(earlierField: string, earlier: string | undefined, laterField: string, later: string | undefined): Issue[] {
  if (!earlier || !later || !isRealDate(earlier) || !isRealDate(later) || later >= earlier) return [];
  return [makeIssue('DATE_BEFORE', laterField, { other: earlierField, date: earlier })];
}

/** Age on 1 September of the academic year outside [grade + 4, grade + 9] → AGE_GRADE_IMPLAUSIBLE (DESIGN §4). */
export function ageGradeIssues(birthDate: string, grade: number, academicYearStart: string): Issue[] {
  if (!isRealDate(birthDate) || birthDate > academicYearStart) return [];
  const age = ageOn(birthDate, academicYearStart);
  if (age >= grade + 4 && age <= grade + 9) return [];
  return [makeIssue('AGE_GRADE_IMPLAUSIBLE', 'birthDate', { age, grade, min: grade + 4, max: grade + 9 })];
}
