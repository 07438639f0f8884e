import type { z } from 'zod';
import { apiContract, type MethodInput } from '../../../../core/api/contract';

/** The first-run form as typed: every input is text; names are the input's `name` attribute. */
export interface SetupForm {
  'school.code': string;
  'school.name': string;
  'school.country': string;
  'school.region': string;
  'school.district': string;
  'school.address.postalCode': string;
  'school.address.settlement': string;
  'school.address.street': string;
  'school.address.house': string;
  'school.director': string;
  'school.finalGrade': string;
  'admin.fullName': string;
  'admin.login': string;
  'admin.password': string;
  'admin.passwordRepeat': string;
}
export type SetupFieldName = keyof SetupForm;

export const emptySetupForm: SetupForm = {
  'school.code': '',
  'school.name': '',
  'school.country': 'UA',
  'school.region': '',
  'school.district': '',
  'school.address.postalCode': '',
  'school.address.settlement': '',
  'school.address.street': '',
  'school.address.house': '',
  'school.director': '',
  'school.finalGrade': '11',
  'admin.fullName': '',
  'admin.login': '',
  'admin.password': '',
  'admin.passwordRepeat': '',
};

type SetupInput = MethodInput<'setup.createSchool'>;

function optional(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

export function setupInput(form: SetupForm): SetupInput {
  return {
    school: {
      code: form['school.code'],
      name: form['school.name'],
      country: form['school.country'] === 'KG' ? 'KG' : 'UA',
      region: form['school.region'],
      district: form['school.district'],
      address: {
        postalCode: optional(form['school.address.postalCode']),
        settlement: optional(form['school.address.settlement']),
        street: optional(form['school.address.street']),
        house: optional(form['school.address.house']),
      },
      director: form['school.director'],
      finalGrade: form['school.finalGrade'] === '12' ? 12 : 11,
    },
    admin: { login: form['admin.login'], fullName: form['admin.fullName'], password: form['admin.password'] },
  };
}

/** Why a field is refused, as a message key and its values; the screen renders it in the user's language. */
export interface FieldProblem {
  key: 'validation.required' | 'validation.tooShort' | 'validation.tooLong' | 'validation.loginChars' | 'validation.passwordsDiffer' | 'validation.invalid';
  values?: Record<string, number>;
}

function problemOf(issue: z.core.$ZodIssue, field: string): FieldProblem {
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    return min <= 1 ? { key: 'validation.required' } : { key: 'validation.tooShort', values: { min } };
  }
  if (issue.code === 'too_big') return { key: 'validation.tooLong', values: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_format' && field === 'admin.login') return { key: 'validation.loginChars' };
  return { key: 'validation.invalid' };
}

/** The problems of the form by field name, judged by the same schema the backend parses the call with. */
export function setupProblems(form: SetupForm): Partial<Record<SetupFieldName, FieldProblem>> {
  const problems: Partial<Record<SetupFieldName, FieldProblem>> = {};
  const parsed = apiContract['setup.createSchool'].input.safeParse(setupInput(form));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      if (field in form && !(field in problems)) problems[field as SetupFieldName] = problemOf(issue, field);
    }
  }
  if (form['admin.login'].trim() === '') problems['admin.login'] = { key: 'validation.required' };
  if (form['admin.password'] === '') problems['admin.password'] = { key: 'validation.required' };
  if (form['admin.passwordRepeat'] !== form['admin.password']) problems['admin.passwordRepeat'] = { key: 'validation.passwordsDiffer' };
  return problems;
}
