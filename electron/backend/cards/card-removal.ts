import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';
import { massDeleteShare } from '../../../core/sync/push';
import type { CardType } from '../../../core/sync/card-report';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { prepared } from '../db/prepared';
import { assertVersion, cardTable, requireCardRow } from './card-store';
import { refreshDuplicatesOfOthers, replaceDocumentKeys, storedKeys } from './duplicate-lookup';
import { markStudentChanged } from './students/student-list-index';

/** Live cards and tombstones not yet sent, of students and staff together, as the server counts a push. */
function cardCounts(db: Database.Database): { active: number; unsentDeletions: number } {
  let active = 0;
  let unsentDeletions = 0;
  for (const table of Object.values(cardTable)) {
    const row = prepared(
      db,
      `SELECT sum(deleted = 0) AS active, sum(deleted = 1 AND change_count > sent_count) AS unsent FROM ${table}`,
    ).get() as { active: number | null; unsent: number | null };
    active += row.active ?? 0;
    unsentDeletions += row.unsent ?? 0;
  }
  return { active, unsentDeletions };
}

/**
 * Deletes a card entered by mistake: a tombstone (nothing synced is hard-deleted), sent at the next Sync all, its
 * numbers freed for the duplicate check, audited. Refused for a student an order names (an order is revoked by
 * another order, never deleted) and beyond the share of the school's cards one push may delete (MASS_DELETE), which
 * the server would refuse whole.
 */
/**
 * An order naming the student that still stands: not itself a revocation, and not revoked by one. A card entered by
 * mistake is deleted once the order that enrolled it is revoked; the two orders stay in the register.
 */
const standingOrderOfStudent = `
  SELECT 1 FROM order_items i JOIN orders o ON o.id = i.order_id
   WHERE i.student_id = ? AND o.deleted = 0 AND o.kind <> 'revoke'
     AND NOT EXISTS (SELECT 1 FROM orders r WHERE r.revokes_order_id = o.id AND r.deleted = 0)
   LIMIT 1`;

export function deleteCard(db: Database.Database, user: User, type: CardType, id: string, version: number, now: Date): Record<string, never> {
  return db
    .transaction(() => {
      const row = requireCardRow(db, type, id);
      assertVersion(row, version);
      if (type === 'student' && prepared(db, standingOrderOfStudent).get(id)) throw new AppError('CARD_HAS_ORDERS');
      const { active, unsentDeletions } = cardCounts(db);
      // The server counts the cards it holds, the deleted ones among them, before the push.
      if (unsentDeletions + 1 > (active + unsentDeletions) * massDeleteShare) throw new AppError('MASS_DELETE', { percent: Math.round(massDeleteShare * 100) });
      prepared(
        db,
        `UPDATE ${cardTable[type]} SET deleted = 1, version = version + 1, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?`,
      ).run(now.toISOString(), user.id, id);
      const keys = storedKeys(db, type, id).map((k) => k.key);
      replaceDocumentKeys(db, type, id, []);
      refreshDuplicatesOfOthers(db, type, id, new Set(keys));
      if (type === 'student') markStudentChanged(db, id);
      appendAudit(db, { at: now, user, entity: type, entityId: id, action: 'delete', changes: fieldChanges(JSON.parse(row.data), null) });
      return {};
    })
    .immediate();
}
