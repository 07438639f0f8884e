import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { orderDataSchema, type OrderData } from '../../../core/sync/wire-data';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { prepared } from '../db/prepared';
import { insertOrderItems } from '../orders/order-repository';
import type { PullEffects, StoreOutcome } from './pulled-record';
import { pulledSyncColumns } from './pulled-record';

/** Whether every student and class the order's items name is here, and the order it revokes. */
function referencesHeld(db: Database.Database, order: OrderData): boolean {
  const students = new Set(order.items.map((i) => i.studentId));
  const classes = new Set(order.items.flatMap((i) => [i.fromClassId, i.toClassId]).filter((c): c is string => c !== undefined));
  const held = (table: string, ids: ReadonlySet<string>) =>
    ids.size === 0 || (prepared(db, `SELECT count(*) AS n FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify([...ids])) as { n: number }).n === ids.size;
  const revoked = new Set(order.revokesOrderId === undefined ? [] : [order.revokesOrderId]);
  return held('students', students) && held('classes', classes) && held('orders', revoked);
}

/**
 * This device's order that holds the pulled order's number takes the next free number of its year: the pulled one
 * reached the server first (the server refuses a second holder, ORDER_NUMBER_TAKEN). The change goes to the server
 * with the next push and the office is told to reprint it.
 */
function renumberHolder(db: Database.Database, user: User, id: string, order: OrderData, now: Date, effects: PullEffects): void {
  const holder = prepared(db, 'SELECT id, date, kind FROM orders WHERE academic_year = ? AND number = ? AND id != ?').get(order.academicYear, order.number, id) as
    | { id: string; date: string; kind: OrderData['kind'] }
    | undefined;
  if (!holder) return;
  const { highest } = prepared(db, 'SELECT max(number) AS highest FROM orders WHERE academic_year = ?').get(order.academicYear) as { highest: number };
  const to = Math.max(highest, order.number) + 1;
  prepared(db, 'UPDATE orders SET number = ?, change_count = change_count + 1, updated_at = ?, updated_by = ? WHERE id = ?').run(to, now.toISOString(), user.id, holder.id);
  prepared(db, "DELETE FROM sync_rejections WHERE entity_type = 'order' AND entity_id = ?").run(holder.id);
  appendAudit(db, { at: now, user, entity: 'order', entityId: holder.id, action: 'update', changes: fieldChanges({ number: order.number }, { number: to }) });
  effects.renumberedOrders.push({ id: holder.id, academicYear: order.academicYear, date: holder.date, kind: holder.kind, from: order.number, to });
}

/** A movement order from another device with its items; it waits while a student or class it names has not arrived. */
export function storePulledOrder(db: Database.Database, user: User, id: string, rev: number, data: unknown, now: Date, effects: PullEffects): StoreOutcome {
  const parsed = orderDataSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const order = parsed.data;
  if (!referencesHeld(db, order)) return 'waiting';
  renumberHolder(db, user, id, order, now, effects);
  const before = prepared(db, 'SELECT number, date, kind FROM orders WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  prepared(
    db,
    `INSERT INTO orders (id, academic_year, number, date, kind, entered_on, year_end_of, basis, revokes_order_id, rev, sent_count, updated_at, updated_by)
     VALUES (@id, @academicYear, @number, @date, @kind, @enteredOn, @yearEndOf, @basis, @revokesOrderId, @rev, 1, @at, @by)
     ON CONFLICT (id) DO UPDATE SET academic_year = @academicYear, number = @number, date = @date, kind = @kind, entered_on = @enteredOn,
       year_end_of = @yearEndOf, basis = @basis, revokes_order_id = @revokesOrderId, ${pulledSyncColumns}`,
  ).run({
    ...order,
    id,
    yearEndOf: order.yearEndOf ?? null,
    basis: order.basis === undefined ? null : JSON.stringify(order.basis),
    revokesOrderId: order.revokesOrderId ?? null,
    rev,
    at: now.toISOString(),
    by: user.id,
  });
  prepared(db, 'DELETE FROM order_items WHERE order_id = ?').run(id);
  insertOrderItems(db, id, order.items);
  const { number, date, kind, items } = order;
  appendAudit(db, { at: now, user, entity: 'order', entityId: id, action: before ? 'update' : 'create', changes: fieldChanges(before ?? null, before ? { number, date, kind } : { number, date, kind, items }) });
  return 'stored';
}
