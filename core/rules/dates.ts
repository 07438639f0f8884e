import type { Issue } from '../schemas/issue';
import { ageOn, isRealDate } from './calendar';
import { makeIssue } from './codes';

/** A date a person typed: DATE_INVALID when it is no real date, DATE_IN_FUTURE when after `today` (null: may lie ahead). */
export function dateIssues(field: string, value: string | undefined, today: string | null): Issue[] {
  if (value === undefined || value === '') return [];
  if (!isRealDate(value)) return [makeIssue('DATE_INVALID', field)];
  return today !== null && value > today ? [makeIssue('DATE_IN_FUTURE', field)] : [];
}

/** A required date: REQUIRED when empty, otherwise as dateIssues. */
export function requiredDateIssues(field: string, value: string, today: string): Issue[] {
  return value === '' ? [makeIssue('REQUIRED', field)] : dateIssues(field, value, today);
}

/** Age on 1 September of the academic year outside [grade + 4, grade + 9] → AGE_GRADE_IMPLAUSIBLE (DESIGN §4). */
export function ageGradeIssues(birthDate: string, grade: number, academicYearStart: string): Issue[] {
  if (!isRealDate(birthDate) || birthDate > academicYearStart) return [];
  const age = ageOn(birthDate, academicYearStart);
  if (age >= grade + 4 && age <= grade + 9) return [];
  return [makeIssue('AGE_GRADE_IMPLAUSIBLE', 'birthDate', { age, grade, min: grade + 4, max: grade + 9 })];
}
