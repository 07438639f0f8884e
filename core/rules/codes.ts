import { z } from 'zod';
import type { Issue } from '../schemas/issue';

/** Every code a rule, the duplicate lookup or the registry validation can report. Stable: stored and synced. */
export const ruleCodeSchema = z.enum([
  'NORMALISED',
  'REQUIRED',
  'FORMAT',
  'CHECKSUM',
  'TAXID_BIRTHDATE_MISMATCH',
  'TAXID_SEX_MISMATCH',
  'PIN_BIRTHDATE_MISMATCH',
  'PIN_SEX_MISMATCH',
  'DATE_INVALID',
  'DATE_IN_FUTURE',
  'AGE_GRADE_IMPLAUSIBLE',
  'DUPLICATE_IN_SCHOOL',
  'REGISTRY_NOT_FOUND',
  'REGISTRY_NAME_MISMATCH',
  'REGISTRY_BIRTHDATE_MISMATCH',
  'REGISTRY_SEX_MISMATCH',
  'REGISTRY_DECEASED',
  'DUPLICATE_ENROLLMENT',
  'REGISTRY_UNAVAILABLE',
  'ORDER_ENTERED_LATE',
  'NAME_LOWER_CASE',
  'DATE_BEFORE',
]);
export type RuleCode = z.infer<typeof ruleCodeSchema>;

/** `info` only describes a card's state (registry pending); it is never an issue of a card. */
export const ruleSeveritySchema = z.enum(['error', 'warning', 'info']);
export type RuleSeverity = z.infer<typeof ruleSeveritySchema>;

export const ruleSeverity: Readonly<Record<RuleCode, RuleSeverity>> = {
  NORMALISED: 'warning',
  REQUIRED: 'error',
  FORMAT: 'error',
  CHECKSUM: 'error',
  // The number keeps the date and sex it was issued with, even when they were later corrected: may be valid.
  TAXID_BIRTHDATE_MISMATCH: 'warning',
  TAXID_SEX_MISMATCH: 'warning',
  PIN_BIRTHDATE_MISMATCH: 'warning',
  PIN_SEX_MISMATCH: 'warning',
  DATE_INVALID: 'error',
  DATE_IN_FUTURE: 'error',
  AGE_GRADE_IMPLAUSIBLE: 'warning',
  DUPLICATE_IN_SCHOOL: 'error',
  REGISTRY_NOT_FOUND: 'error',
  REGISTRY_NAME_MISMATCH: 'error',
  REGISTRY_BIRTHDATE_MISMATCH: 'error',
  REGISTRY_SEX_MISMATCH: 'error',
  REGISTRY_DECEASED: 'error',
  DUPLICATE_ENROLLMENT: 'error',
  REGISTRY_UNAVAILABLE: 'info',
  // Seed 003: movement orders are entered within 3 working days; a late one is still valid, so only flagged.
  ORDER_ENTERED_LATE: 'warning',
  // Particles such as "фон" or "ді" begin some surnames in lower case: may be valid.
  NAME_LOWER_CASE: 'warning',
  DATE_BEFORE: 'error',
};

/** Which text a FORMAT issue shows: `params.format` names what the value should look like. */
export const formatKindSchema = z.enum([
  'rnokpp',
  'kg_pin',
  'unzr',
  'birth_certificate_series',
  'birth_certificate_number',
  'passport_series',
  'passport_number',
  'id_card_number',
  'name',
  'ukrainian_letters',
  'email',
  'phone',
]);
export type FormatKind = z.infer<typeof formatKindSchema>;

export type IssueCode = Exclude<RuleCode, 'REGISTRY_UNAVAILABLE'>;

export function makeIssue(code: IssueCode, field?: string, params?: Record<string, string | number>): Issue {
  const severity = ruleSeverity[code];
  if (severity === 'info') throw new RangeError(`${code} is not an issue`);
  const issue: Issue = { code, severity };
  if (field !== undefined) issue.field = field;
  if (params !== undefined) issue.params = params;
  return issue;
}

export function formatIssue(field: string, format: FormatKind): Issue {
  return makeIssue('FORMAT', field, { format });
}
