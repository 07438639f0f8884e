import { textOf } from '../i18n/i18n';
import type { Option } from './card-fields';

/** Choices for the codes of a schema enum, named in the user's language (`enums.<name>.<code>`). */
export function enumOptions(enumName: string, codes: readonly string[]): Option[] {
  return codes.map((code) => ({ value: code, label: textOf(`enums.${enumName}.${code}`, code) }));
}
