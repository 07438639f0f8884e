import type { Issue } from '../schemas/issue';
import { formatIssue, makeIssue } from './codes';

/** Letters of one alphabet (Cyrillic or Latin), apostrophe, hyphen and space (DESIGN §4). */
const cyrillicName = /^[\p{Script=Cyrillic}ʼ'\- ]+$/u;
const latinName = /^[\p{Script=Latin}ʼ'\- ]+$/u;
const hasLetter = /\p{L}/u;

export function isWellFormedName(value: string): boolean {
  return hasLetter.test(value) && (cyrillicName.test(value) || latinName.test(value));
}

/** A required name: REQUIRED when empty, FORMAT when it mixes alphabets or holds other characters. */
export function requiredNameIssues(field: string, value: string): Issue[] {
  if (value.trim() === '') return [makeIssue('REQUIRED', field)];
  return isWellFormedName(value) ? [] : [formatIssue(field, 'name')];
}

export function optionalNameIssues(field: string, value: string | undefined): Issue[] {
  if (value === undefined || value.trim() === '') return [];
  return isWellFormedName(value) ? [] : [formatIssue(field, 'name')];
}
