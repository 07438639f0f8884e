import type { OrderBasis, OrderBasisKind } from '../../../../../core/academic/order';
import { orderBasisSchema } from '../../../../../core/academic/order';

/** The basis of an order as typed: its kind, and the protocol number, date (DD.MM.YYYY) or words that kind asks for. */
export interface BasisDraft {
  kind: OrderBasisKind;
  protocolNumber: string;
  date: string;
  text: string;
}

export const emptyBasis = (kind: OrderBasisKind): BasisDraft => ({ kind, protocolNumber: '', date: '', text: '' });

/** The fields each kind of basis needs. */
export const basisFields: Readonly<Record<OrderBasisKind, readonly ('protocolNumber' | 'date' | 'text')[]>> = {
  council_decision: ['protocolNumber', 'date'],
  parents_application: ['date'],
  student_application: ['date'],
  other: ['text'],
};

/** The basis the draft states, or undefined while a field it needs is empty or not a date. */
export function basisOf(draft: BasisDraft, storeDate: (typed: string) => string): OrderBasis | undefined {
  const date = storeDate(draft.date);
  const candidate =
    draft.kind === 'council_decision'
      ? { kind: draft.kind, protocolNumber: draft.protocolNumber, date }
      : draft.kind === 'other'
        ? { kind: draft.kind, text: draft.text }
        : { kind: draft.kind, date };
  return orderBasisSchema.safeParse(candidate).data;
}
