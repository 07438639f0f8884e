import type { TFunction } from 'i18next';
import type { CallError } from '../api/client';

/** A failed call in the user's language, with its params (`errors.<code>`). */
export function errorText(t: TFunction, error: Pick<CallError, 'code' | 'params'>): string {
  return t(`errors.${error.code}`, error.params ?? {});
}
