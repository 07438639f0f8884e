import type { TFunction } from 'i18next';
import type { Period } from '../../../../core/academic/period';

const roman = ['I', 'II', 'III', 'IV'] as const;

/**
 * A period's name in the user's language ("I семестр", "Semester I"), from its kind and number: the stored name is
 * the school's document language, written once when the year was made.
 */
export function periodName(t: TFunction, period: Pick<Period, 'kind' | 'number'>): string {
  return t(`academic.periods.${period.kind}`, { number: roman[period.number - 1] ?? String(period.number) });
}
