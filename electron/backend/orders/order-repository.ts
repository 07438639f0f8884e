import type Database from 'better-sqlite3';
import type { OrderBasis, OrderItem, OrderKind } from '../../../core/academic/order';
import { orderBasisSchema, withdrawalReasonSchema } from '../../../core/academic/order';
import type { OrderItemView } from '../../../core/api/orders-api';
import { prepared } from '../db/prepared';

/** An order as stored: the academic year whose sequence `number` continues is kept beside it for the unique index. */
export interface StoredOrder {
  id: string;
  academicYear: string;
  number: number;
  date: string;
  kind: OrderKind;
  enteredOn: string;
  yearEndOf: string | null;
  basis: OrderBasis | null;
  /** For a revoke order: the order it cancels. */
  revokesOrderId: string | null;
}

/** A stored order as its row holds it: the basis is JSON, parsed with core's schema on read. */
type OrderRow = Omit<StoredOrder, 'basis'> & { basis: string | null };

function storedOrderOf({ basis, ...row }: OrderRow): StoredOrder {
  return { ...row, basis: basis === null ? null : (orderBasisSchema.safeParse(JSON.parse(basis)).data ?? null) };
}

/** The number the next order of `academicYear` takes: one past the highest ever given (a deleted order keeps its number). */
export function nextOrderNumberOfYear(db: Database.Database, academicYear: string): number {
  const row = prepared(db, 'SELECT max(number) AS highest FROM orders WHERE academic_year = ?').get(academicYear) as { highest: number | null };
  return (row.highest ?? 0) + 1;
}

export function insertOrder(db: Database.Database, order: StoredOrder, items: readonly OrderItem[], at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO orders (id, academic_year, number, date, kind, entered_on, year_end_of, basis, revokes_order_id, updated_at, updated_by)
     VALUES (@id, @academicYear, @number, @date, @kind, @enteredOn, @yearEndOf, @basis, @revokesOrderId, @at, @by)`,
  ).run({ ...order, basis: order.basis === null ? null : JSON.stringify(order.basis), at: at.toISOString(), by: userId });
  insertOrderItems(db, order.id, items);
}

/** The items of an order, in their order (an order's items are written once, with it, or replaced whole by sync). */
export function insertOrderItems(db: Database.Database, orderId: string, items: readonly OrderItem[]): void {
  const insertItem = prepared(
    db,
    `INSERT INTO order_items (order_id, position, student_id, from_class_id, to_class_id, reason, destination_school)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((item, position) =>
    insertItem.run(orderId, position, item.studentId, item.fromClassId ?? null, item.toClassId ?? null, item.reason ?? null, item.destinationSchool ?? null),
  );
}

const selectOrder = `SELECT id, academic_year AS academicYear, number, date, kind, entered_on AS enteredOn, year_end_of AS yearEndOf, basis,
  revokes_order_id AS revokesOrderId FROM orders`;

export function findOrder(db: Database.Database, id: string): StoredOrder | null {
  const row = prepared(db, `${selectOrder} WHERE id = ? AND deleted = 0`).get(id) as OrderRow | undefined;
  return row ? storedOrderOf(row) : null;
}

/** The live order that revokes order `id`, if one does. */
export function revocationOf(db: Database.Database, id: string): StoredOrder | null {
  const row = prepared(db, `${selectOrder} WHERE revokes_order_id = ? AND deleted = 0`).get(id) as OrderRow | undefined;
  return row ? storedOrderOf(row) : null;
}

export function listStoredOrders(db: Database.Database, filter: { academicYear?: string | undefined; kind?: string | undefined }): StoredOrder[] {
  const rows = prepared(
    db,
    `${selectOrder} WHERE deleted = 0 AND (@year IS NULL OR academic_year = @year) AND (@kind IS NULL OR kind = @kind)
     ORDER BY date DESC, academic_year DESC, number DESC`,
  ).all({ year: filter.academicYear ?? null, kind: filter.kind ?? null }) as OrderRow[];
  return rows.map(storedOrderOf);
}

/** Numbers and dates of every live order, for the gap check of core's order numbering. */
export function orderNumbers(db: Database.Database): { number: number; date: string }[] {
  return prepared(db, 'SELECT number, date FROM orders WHERE deleted = 0').all() as { number: number; date: string }[];
}

type ItemRow = Omit<OrderItemView, 'reason'> & { orderId: string; reason: string | null };

const selectItems = `SELECT i.order_id AS orderId, i.student_id AS studentId,
    trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS studentName,
    i.from_class_id AS fromClassId, f.label AS fromClass, i.to_class_id AS toClassId, t.label AS toClass,
    i.reason, i.destination_school AS destinationSchool
  FROM order_items i JOIN students s ON s.id = i.student_id
    LEFT JOIN classes f ON f.id = i.from_class_id LEFT JOIN classes t ON t.id = i.to_class_id`;

/** The items of one order (`orderId`) or of every order (null), with names and class labels for display, by order. */
export function itemViews(db: Database.Database, orderId: string | null): Map<string, OrderItemView[]> {
  const rows = (
    orderId === null
      ? prepared(db, `${selectItems} ORDER BY i.order_id, i.position`).all()
      : prepared(db, `${selectItems} WHERE i.order_id = ? ORDER BY i.position`).all(orderId)
  ) as ItemRow[];
  const byOrder = new Map<string, OrderItemView[]>();
  for (const { orderId: id, reason, ...item } of rows) {
    const list = byOrder.get(id) ?? [];
    list.push({ ...item, reason: withdrawalReasonSchema.safeParse(reason).data ?? null });
    byOrder.set(id, list);
  }
  return byOrder;
}
