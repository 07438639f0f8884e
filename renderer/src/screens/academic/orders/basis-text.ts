import type { TFunction } from 'i18next';
import type { OrderBasis } from '../../../../../core/academic/order';
import { showDate } from '../../../format/dates';

/** An order's basis in the user's language, as the order states it. */
export function basisText(t: TFunction, basis: OrderBasis | null): string {
  if (basis === null) return t('academic.basis.none');
  switch (basis.kind) {
    case 'council_decision':
      return t('academic.basis.council', { date: showDate(basis.date), number: basis.protocolNumber });
    case 'parents_application':
      return t('academic.basis.parents', { date: showDate(basis.date) });
    case 'student_application':
      return t('academic.basis.student', { date: showDate(basis.date) });
    case 'other':
      return basis.text;
  }
}
