import type { Issue } from '../../core/schemas/issue';
import type { PushResult } from '../../core/sync/push';
import type { OrderData } from '../../core/sync/wire-data';
import type { CheckedChange } from './change-check';
import type { OrderRegister } from './order-numbers';
import { serverRecord, type StoredRecord } from './record-rows';

/** What a push does with one change (DESIGN §5). */
export type Decision =
  | { outcome: 'rejected'; issues: Issue[]; omittedIssues?: number }
  /** `server` null: the server has no such record (e.g. restored from an older backup). */
  | { outcome: 'conflict'; server: StoredRecord | null }
  | { outcome: 'applied'; record: StoredRecord };

export interface DecisionContext {
  schoolId: string;
  /** The school's order register as the batch has left it so far; null when the batch holds no order. */
  orders: Pick<OrderRegister, 'takenByOther'> | null;
}

/**
 * The outcome of one change, from the change checked for form, the server's current record with its id (in any
 * school) and the school's order register. Reads nothing else and writes nothing: the caller stores what it says.
 */
export function decideChange(change: CheckedChange, current: StoredRecord | undefined, context: DecisionContext): Decision {
  if (!change.ok) return change.omittedIssues === undefined ? { outcome: 'rejected', issues: change.issues } : { outcome: 'rejected', issues: change.issues, omittedIssues: change.omittedIssues };
  if (current && (current.school_id !== context.schoolId || current.type !== change.type)) {
    return { outcome: 'rejected', issues: [{ code: 'FOREIGN_ID', severity: 'error', field: 'id' }] };
  }
  const currentRev = current?.rev ?? 0;
  if (change.baseRev !== currentRev) return { outcome: 'conflict', server: current ?? null };
  if (change.type === 'order' && !change.deleted) {
    const order = change.data as OrderData;
    if (context.orders?.takenByOther(change.id, order.academicYear, order.number)) {
      return { outcome: 'rejected', issues: [{ code: 'ORDER_NUMBER_TAKEN', severity: 'error', field: 'number', params: { academicYear: order.academicYear, number: order.number } }] };
    }
  }
  const record: StoredRecord = {
    id: change.id,
    school_id: context.schoolId,
    type: change.type,
    rev: currentRev + 1,
    deleted: change.deleted ? 1 : 0,
    // A tombstone keeps the last data it had.
    data: change.deleted ? (current?.data ?? null) : JSON.stringify(change.data),
  };
  return { outcome: 'applied', record };
}

/** The decision as the push's answer shows it, naming the change as it was sent. */
export function resultOf(change: Pick<CheckedChange, 'type' | 'id'>, decision: Decision): PushResult {
  // Most of a first sync's 5,000 results: one object, with the keys in the order the answer has always shown them.
  if (decision.outcome === 'applied') return { type: change.type, id: change.id, outcome: 'applied', rev: decision.record.rev };
  const named = { type: change.type, id: change.id };
  switch (decision.outcome) {
    case 'rejected':
      return decision.omittedIssues === undefined ? { ...named, outcome: 'rejected', issues: decision.issues } : { ...named, outcome: 'rejected', issues: decision.issues, omittedIssues: decision.omittedIssues };
    case 'conflict':
      // No `server` when the server has no such record: "keep mine" resends it as new.
      return decision.server ? { ...named, outcome: 'conflict', server: serverRecord(decision.server) } : { ...named, outcome: 'conflict' };
  }
}
