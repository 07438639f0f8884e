import type { School } from '../../../../core/schemas/school';
import { schoolDetailsSchema } from '../../../../core/schemas/school';

/** The fields of the school's details as the form names them (its inputs' `name`). */
export const schoolDetailFields = [
  'code',
  'name',
  'region',
  'district',
  'address.postalCode',
  'address.settlement',
  'address.street',
  'address.house',
  'director',
  'timeZone',
] as const;
export type SchoolDetailField = (typeof schoolDetailFields)[number];

export type SchoolDetailProblem = 'required' | 'edrpou' | 'tooLong' | 'timeZone';

/** The value of one field of the school as the form shows it. */
export function fieldValue(school: School, field: SchoolDetailField): string {
  if (field.startsWith('address.')) return school.address[field.slice('address.'.length) as keyof School['address']] ?? '';
  return (school[field as Exclude<SchoolDetailField, `address.${string}`>] as string | undefined) ?? '';
}

/** The school with one field typed anew; an emptied optional field is left out rather than stored empty. */
export function withField(school: School, field: SchoolDetailField, value: string): School {
  if (field.startsWith('address.')) {
    const key = field.slice('address.'.length) as keyof School['address'];
    const address = { ...school.address };
    if (value === '') delete address[key];
    else address[key] = value;
    return { ...school, address };
  }
  if (field === 'timeZone') {
    const { timeZone: _dropped, ...rest } = school;
    return value === '' ? rest : { ...school, timeZone: value };
  }
  return { ...school, [field]: value };
}

/** Why each field is refused, judged by the same schema the backend parses `school.update` with. */
export function schoolDetailProblems(school: School): Partial<Record<SchoolDetailField, SchoolDetailProblem>> {
  const parsed = schoolDetailsSchema.safeParse(school);
  if (parsed.success) return {};
  const problems: Partial<Record<SchoolDetailField, SchoolDetailProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.') as SchoolDetailField;
    if (!schoolDetailFields.includes(field) || problems[field]) continue;
    problems[field] = field === 'timeZone' ? 'timeZone' : field === 'code' && issue.code === 'custom' ? 'edrpou' : issue.code === 'too_big' ? 'tooLong' : 'required';
  }
  return problems;
}
