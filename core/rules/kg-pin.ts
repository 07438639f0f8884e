import type { Sex } from '../schemas/common';
import type { Issue } from '../schemas/issue';
import { isRealDate } from './calendar';
import { formatIssue, makeIssue } from './codes';

/**
 * Kyrgyz personal identification number (DESIGN §4): 14 digits — sex (1 female, 2 male), birth date DDMMYYYY,
 * a five-digit sequence. There is no public check digit, so none is checked.
 */

/** Birth date and sex a well-formed PIN carries; null when it is not 14 digits, the sex digit or the date is wrong. */
export function decodeKgPin(value: string): { birthDate: string; sex: Sex } | null {
  const m = /^([12])(\d{2})(\d{2})(\d{4})\d{5}$/.exec(value);
  if (!m) return null;
  const birthDate = `${m[4]}-${m[3]}-${m[2]}`;
  if (!isRealDate(birthDate)) return null;
  return { birthDate, sex: m[1] === '2' ? 'M' : 'F' };
}

/** A well-formed PIN for the given person; `sequence` (0–99999) fills the last five digits. For demo data and tests. */
export function makeKgPin(birthDate: string, sex: Sex, sequence: number): string {
  if (!isRealDate(birthDate)) throw new RangeError(`not a date: ${birthDate}`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 99_999) throw new RangeError(`sequence out of 0–99999: ${sequence}`);
  const [year, month, day] = birthDate.split('-');
  return `${sex === 'M' ? 2 : 1}${day}${month}${year}${String(sequence).padStart(5, '0')}`;
}

/** Issues of a (normalised) PIN against the birth date and sex on the same card. Empty values are not judged here. */
export function kgPinIssues(field: string, value: string | undefined, person: { birthDate: string; sex?: Sex | undefined }): Issue[] {
  if (!value) return [];
  const decoded = decodeKgPin(value);
  if (!decoded) return [formatIssue(field, 'kg_pin')];
  const issues: Issue[] = [];
  if (isRealDate(person.birthDate) && decoded.birthDate !== person.birthDate) {
    issues.push(makeIssue('PIN_BIRTHDATE_MISMATCH', field, { expected: decoded.birthDate, actual: person.birthDate }));
  }
  if (person.sex && decoded.sex !== person.sex) {
    issues.push(makeIssue('PIN_SEX_MISMATCH', field, { expected: decoded.sex, actual: person.sex }));
  }
  return issues;
}
