import type { WithdrawalReason } from '../../../../../core/academic/order';
import { basisOf, type BasisDraft } from './order-basis';
import type { NewOrder } from '../../../../../core/api/orders-api';
import type { StudentRow } from '../../../../../core/api/cards-api';

/** The new-order form as typed. */
export interface NewOrderDraft {
  kind: 'enroll' | 'transfer' | 'withdraw';
  /** DD.MM.YYYY as typed. */
  date: string;
  student: StudentRow | null;
  toClassId: string;
  reason: WithdrawalReason;
  destinationSchool: string;
  basis: BasisDraft;
}

export type NewOrderInput = { ok: true; input: NewOrder } | { ok: false; missing: string[] };

/** The order the form describes, or the fields still missing. A move to another school names that school; every order states its basis. */
export function newOrderInput(draft: NewOrderDraft, storeDate: (typed: string) => string): NewOrderInput {
  const date = storeDate(draft.date);
  const destinationSchool = draft.destinationSchool.trim();
  const missing: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) missing.push('date');
  if (!draft.student) missing.push('student');
  if (draft.kind !== 'withdraw' && !draft.toClassId) missing.push('toClassId');
  if (draft.kind === 'withdraw' && draft.reason === 'enrolled_elsewhere' && !destinationSchool) missing.push('destinationSchool');
  const basis = basisOf(draft.basis, storeDate);
  if (!basis) missing.push('basis');
  if (!draft.student || !basis || missing.length > 0) return { ok: false, missing };
  const studentId = draft.student.id;
  if (draft.kind !== 'withdraw') return { ok: true, input: { date, kind: draft.kind, basis, items: [{ studentId, toClassId: draft.toClassId }] } };
  const item = destinationSchool ? { studentId, reason: draft.reason, destinationSchool } : { studentId, reason: draft.reason };
  return { ok: true, input: { date, kind: 'withdraw', basis, items: [item] } };
}
