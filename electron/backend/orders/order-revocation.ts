import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { academicYearOf } from '../../../core/academic/academic-year';
import type { OrderBasis } from '../../../core/academic/order';
import type { User } from '../../../core/api/auth-api';
import type { OrderView } from '../../../core/api/orders-api';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { recheckStudents } from '../cards/students/student-issues';
import { schoolToday } from '../clock';
import { prepared } from '../db/prepared';
import { reopenEnrollment, tombstoneEnrollment } from '../enrollments/enrollment-repository';
import { findOrder, insertOrder, nextOrderNumberOfYear, revocationOf, type StoredOrder } from './order-repository';
import { orderView } from './order-service';

export interface Revocation {
  orderId: string;
  date: string;
  basis: OrderBasis;
}

interface ItemRow {
  studentId: string;
  fromClassId: string | null;
}

/** A later live order, not itself revoked, that moved one of the order's students: revoking would contradict it. */
function laterOrderOf(db: Database.Database, order: StoredOrder, studentId: string): { id: string; number: number } | undefined {
  return prepared(
    db,
    `SELECT o.id, o.number FROM order_items i JOIN orders o ON o.id = i.order_id
     WHERE i.student_id = @studentId AND o.deleted = 0 AND o.id != @id AND o.kind != 'revoke'
       AND (o.date > @date OR (o.date = @date AND (o.academic_year > @academicYear OR (o.academic_year = @academicYear AND o.number > @number))))
       AND NOT EXISTS (SELECT 1 FROM orders r WHERE r.revokes_order_id = o.id AND r.deleted = 0)
     LIMIT 1`,
  ).get({ studentId, id: order.id, date: order.date, academicYear: order.academicYear, number: order.number }) as { id: string; number: number } | undefined;
}

function assertRevocable(db: Database.Database, order: StoredOrder, input: Revocation, items: readonly ItemRow[]): void {
  if (order.yearEndOf !== null) throw new AppError('ORDER_REVOKE_YEAR_END', { orderId: order.id, year: order.yearEndOf });
  if (order.kind === 'revoke') throw new AppError('ORDER_REVOKE_REVOCATION', { orderId: order.id });
  const revocation = revocationOf(db, order.id);
  if (revocation) throw new AppError('ORDER_ALREADY_REVOKED', { orderId: order.id, number: revocation.number, date: revocation.date });
  if (input.date < order.date) throw new AppError('ORDER_REVOKE_DATE_BEFORE_ORDER', { date: order.date });
  for (const { studentId } of items) {
    const later = laterOrderOf(db, order, studentId);
    if (later) throw new AppError('ORDER_REVOKE_LATER_ORDER', { studentId, orderId: later.id, number: later.number });
  }
}

/**
 * Revokes `input.orderId` by a new order of kind `revoke`, in one transaction: what the order did to each student's
 * enrollments is undone (the stays it began are tombstoned, the stays it ended are open again), every change audited.
 * The revoked order itself stays in the register unchanged, as its paper does.
 */
export function revokeOrder(db: Database.Database, user: User, input: Revocation, now: Date): OrderView {
  return db
    .transaction(() => {
      const order = findOrder(db, input.orderId);
      if (!order) throw new AppError('NOT_FOUND', { entity: 'order', id: input.orderId });
      const items = prepared(db, 'SELECT student_id AS studentId, from_class_id AS fromClassId FROM order_items WHERE order_id = ? ORDER BY position').all(
        order.id,
      ) as ItemRow[];
      assertRevocable(db, order, input, items);

      const opened = prepared(db, 'SELECT id, student_id AS studentId, from_date AS "from" FROM enrollments WHERE order_id = ? AND deleted = 0').all(order.id) as {
        id: string;
        studentId: string;
        from: string;
      }[];
      const joinedOn = new Map(opened.map((e) => [e.studentId, e.from]));
      for (const e of opened) {
        tombstoneEnrollment(db, e.id, e.studentId, now, user.id);
        appendAudit(db, { at: now, user, entity: 'enrollment', entityId: e.id, action: 'delete', changes: fieldChanges({ deleted: false }, { deleted: true }) });
      }
      for (const { studentId, fromClassId } of items) {
        if (fromClassId === null) continue;
        const leftOn = joinedOn.get(studentId) ?? order.date;
        const ended = prepared(db, 'SELECT id FROM enrollments WHERE student_id = ? AND class_id = ? AND to_date = ? AND deleted = 0').get(studentId, fromClassId, leftOn) as
          | { id: string }
          | undefined;
        if (!ended) continue;
        reopenEnrollment(db, ended.id, studentId, now, user.id);
        appendAudit(db, { at: now, user, entity: 'enrollment', entityId: ended.id, action: 'update', changes: fieldChanges({ to: leftOn }, { to: null }) });
      }

      const academicYear = academicYearOf(input.date).label;
      const stored: StoredOrder = {
        id: randomUUID(),
        academicYear,
        number: nextOrderNumberOfYear(db, academicYear),
        date: input.date,
        kind: 'revoke',
        enteredOn: schoolToday(db, now),
        yearEndOf: null,
        basis: input.basis,
        revokesOrderId: order.id,
      };
      const revokeItems = items.map(({ studentId }) => ({ studentId }));
      insertOrder(db, stored, revokeItems, now, user.id);
      const { number, date, kind, basis, revokesOrderId } = stored;
      appendAudit(db, {
        at: now,
        user,
        entity: 'order',
        entityId: stored.id,
        action: 'create',
        changes: fieldChanges(null, { academicYear, number, date, kind, basis, revokesOrderId, items: revokeItems }),
      });
      recheckStudents(
        db,
        items.map((i) => i.studentId),
        now,
      );
      return orderView(db, stored.id);
    })
    .immediate();
}
