import { textOf } from '../i18n/i18n';
import { showDate } from './dates';

/** Fields whose stored values are codes, and the enum texts that name them. */
const enumOfField: Record<string, string> = {
  sex: 'sex',
  type: 'documentType',
  relation: 'relation',
  educationForm: 'educationForm',
  socialStatus: 'socialStatus',
  qualificationCategory: 'qualification',
  country: 'country',
};

function leafName(path: string): string {
  return path.split('.').filter((s) => !/^\d+$/.test(s)).pop() ?? '';
}

/** A stored value as a person reads it in the history: dates DD.MM.YYYY, codes named, lists flattened. */
export function fieldValueText(path: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) {
    return value.map((v, i) => fieldValueText(`${path}.${i}`, v)).filter(Boolean).join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => fieldValueText(`${path}.${k}`, v))
      .filter(Boolean)
      .join(', ');
  }
  if (typeof value === 'boolean') return textOf(`enums.boolean.${String(value)}`, String(value));
  const text = String(value);
  const enumName = enumOfField[leafName(path)];
  if (enumName) return textOf(`enums.${enumName}.${text}`, text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return showDate(text);
  return text;
}
