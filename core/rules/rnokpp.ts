import type { Sex } from '../schemas/common';
import type { Issue } from '../schemas/issue';
import { addDays, daysBetween, isRealDate } from './calendar';
import { formatIssue, makeIssue } from './codes';

/** RNOKPP, the Ukrainian tax number (DESIGN §4): 10 digits, birth date and sex inside, a check digit last. */

const epoch = '1899-12-31';
const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7] as const;

function digitsOf(value: string): number[] {
  return [...value].map(Number);
}

/** Check digit for the first nine digits. */
export function rnokppCheckDigit(firstNine: string): number {
  const digits = digitsOf(firstNine);
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  return (((sum % 11) + 11) % 11) % 10;
}

export function isRnokppFormat(value: string): boolean {
  return /^\d{10}$/.test(value);
}

export function hasValidRnokppChecksum(value: string): boolean {
  return isRnokppFormat(value) && rnokppCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

/** Birth date and sex a well-formed RNOKPP carries; null for a malformed number or a wrong check digit. */
export function decodeRnokpp(value: string): { birthDate: string; sex: Sex } | null {
  if (!hasValidRnokppChecksum(value)) return null;
  const days = Number(value.slice(0, 5));
  const sex: Sex = Number(value[8]) % 2 === 1 ? 'M' : 'F';
  return { birthDate: addDays(epoch, days), sex };
}

/**
 * A valid RNOKPP for the given person: `serial` (0–999) fills digits 6–8 and picks digit 9 of the right parity.
 * For demo data and tests; the tax service issues the real ones.
 */
export function makeRnokpp(birthDate: string, sex: Sex, serial: number): string {
  if (!isRealDate(birthDate)) throw new RangeError(`not a date: ${birthDate}`);
  const days = daysBetween(epoch, birthDate);
  if (days < 1 || days > 99_999) throw new RangeError(`an RNOKPP cannot encode ${birthDate}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 999) throw new RangeError(`serial out of 0–999: ${serial}`);
  const sexDigit = (serial % 5) * 2 + (sex === 'M' ? 1 : 0);
  const firstNine = `${String(days).padStart(5, '0')}${String(serial).padStart(3, '0')}${sexDigit}`;
  return `${firstNine}${rnokppCheckDigit(firstNine)}`;
}

/** Issues of a (normalised) RNOKPP against the birth date and sex on the same card. Empty values are not judged here. */
export function rnokppIssues(field: string, value: string | undefined, person: { birthDate: string; sex?: Sex | undefined }): Issue[] {
  if (!value) return [];
  if (!isRnokppFormat(value)) return [formatIssue(field, 'rnokpp')];
  const decoded = decodeRnokpp(value);
  if (!decoded) return [makeIssue('CHECKSUM', field, { format: 'rnokpp' })];
  const issues: Issue[] = [];
  if (isRealDate(person.birthDate) && decoded.birthDate !== person.birthDate) {
    issues.push(makeIssue('TAXID_BIRTHDATE_MISMATCH', field, { expected: decoded.birthDate, actual: person.birthDate }));
  }
  if (person.sex && decoded.sex !== person.sex) {
    issues.push(makeIssue('TAXID_SEX_MISMATCH', field, { expected: decoded.sex, actual: person.sex }));
  }
  return issues;
}
