import type { TFunction } from 'i18next';
import type { CallError } from '../api/client';
import { showDate } from '../format/dates';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A failed call in the user's language, with its params (`errors.<code>`); dates in params read as people type them. */
export function errorText(t: TFunction, error: Pick<CallError, 'code' | 'params'>): string {
  const params = Object.fromEntries(Object.entries(error.params ?? {}).map(([key, value]) => [key, typeof value === 'string' && isoDate.test(value) ? showDate(value) : value]));
  return t(`errors.${error.code}`, params);
}
