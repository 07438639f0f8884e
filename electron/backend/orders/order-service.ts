import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { academicYearOf } from '../../../core/academic/academic-year';
import type { OrderItem } from '../../../core/academic/order';
import { orderSchema } from '../../../core/academic/order';
import { isOrderEnteredLate, workingDaysAfter } from '../../../core/academic/order-lateness';
import { missingOrderNumbers } from '../../../core/academic/order-numbering';
import type { User } from '../../../core/api/auth-api';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import type { NewOrder, OrderView } from '../../../core/api/orders-api';
import { AppError } from '../../../core/errors';
import { makeIssue } from '../../../core/rules/codes';
import type { Issue } from '../../../core/schemas/issue';
import type { StudentCard } from '../../../core/schemas/student';
import { choosePersonalFileNumber, registerPersonalFileNumber } from '../academic/personal-file-numbers';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { requireCardRow } from '../cards/card-store';
import { recheckStudents } from '../cards/students/student-issues';
import { updateStudent } from '../cards/students/student-repository';
import { requireAcademicYear } from '../classes/academic-years';
import { requireClass } from '../classes/class-service';
import { schoolToday } from '../clock';
import { closeEnrollment, insertEnrollment, openEnrollmentOf, type OpenEnrollment } from '../enrollments/enrollment-repository';
import { searchFold, searchTerms } from '../text/search-fold';
import { findOrder, insertOrder, itemViews, listStoredOrders, nextOrderNumberOfYear, orderNumbers, revocationOf, type StoredOrder } from './order-repository';

/** ORDER_ENTERED_LATE when the order was entered more than 3 working days after its date (seed 003). */
function lateness(order: Pick<StoredOrder, 'date' | 'enteredOn'>): Issue[] {
  if (!isOrderEnteredLate(order.date, order.enteredOn)) return [];
  const workingDays = workingDaysAfter(order.date, order.enteredOn);
  return [makeIssue('ORDER_ENTERED_LATE', 'date', { date: order.date, enteredOn: order.enteredOn, workingDays })];
}

function refOf(order: StoredOrder | null): OrderView['revokes'] {
  return order && { id: order.id, number: order.number, date: order.date };
}

function view(db: Database.Database, order: StoredOrder, items: OrderView['items']): OrderView {
  const { revokesOrderId, ...rest } = order;
  const revokes = revokesOrderId === null ? null : refOf(findOrder(db, revokesOrderId));
  return { ...rest, revokes, revokedBy: refOf(revocationOf(db, order.id)), items, warnings: lateness(order) };
}

function audit(db: Database.Database, user: User, now: Date, entity: 'order' | 'enrollment', id: string, before: unknown, after: unknown): void {
  appendAudit(db, { at: now, user, entity, entityId: id, action: before === null ? 'create' : 'update', changes: fieldChanges(before, after) });
}

/** What one item does to the student's enrollments, checked before anything is written. */
interface Movement {
  item: OrderItem;
  open: OpenEnrollment | null;
  /** The new enrollment: its class, first day and reason. */
  join?: { classId: string; from: string; reason: 'admitted' | 'class_transfer' | 'promoted' | 'repeating' };
  /** First day the student is no longer in the open enrollment's class. */
  leaveOn?: string;
}

function planMovement(db: Database.Database, order: NewOrder, item: NewOrder['items'][number]): Movement {
  const { studentId } = item;
  requireCardRow(db, 'student', studentId);
  const open = openEnrollmentOf(db, studentId);
  const target = item.toClassId === undefined ? null : requireClass(db, item.toClassId);
  const targetYear = target ? requireAcademicYear(db, target.academicYearId) : null;
  if (targetYear && order.date > targetYear.end) throw new AppError('ORDER_CLASS_OUT_OF_YEAR', { classId: targetYear.id, date: order.date });
  const joinFrom = targetYear && order.date < targetYear.start ? targetYear.start : order.date;

  if (order.kind === 'enroll') {
    if (open) throw new AppError('ORDER_STUDENT_ALREADY_ENROLLED', { studentId, classId: open.classId });
    return { item, open, ...(target ? { join: { classId: target.id, from: joinFrom, reason: 'admitted' } } : {}) };
  }
  if (!open) throw new AppError('ORDER_STUDENT_NOT_ENROLLED', { studentId });
  if (order.date < open.from) throw new AppError('ORDER_DATE_BEFORE_ENROLLMENT', { studentId, from: open.from });
  const withFrom: OrderItem = { ...item, fromClassId: open.classId };
  if (!target) return { item: withFrom, open, leaveOn: order.date };
  if (target.id === open.classId) throw new AppError('ORDER_SAME_CLASS', { studentId, classId: target.id });
  if (order.kind === 'repeat' && target.grade !== open.grade) throw new AppError('ORDER_REPEAT_OTHER_GRADE', { studentId, classId: target.id });
  if (order.kind === 'transfer' && target.academicYearId !== open.academicYearId) {
    throw new AppError('ORDER_CLASS_OUT_OF_YEAR', { classId: target.id, date: order.date });
  }
  const reason = order.kind === 'transfer' ? 'class_transfer' : target.grade === open.grade ? 'repeating' : 'promoted';
  return { item: withFrom, open, join: { classId: target.id, from: joinFrom, reason }, leaveOn: joinFrom };
}

/** Writes the number the student was given onto the card when it differs (or was missing), audited as a card change. */
function writePersonalFileNumber(db: Database.Database, user: User, studentId: string, value: string, now: Date): void {
  const row = requireCardRow(db, 'student', studentId);
  const card = JSON.parse(row.data) as StudentCard;
  if (card.personalFileNumber === value) return;
  const updated = { ...card, personalFileNumber: value };
  updateStudent(db, studentId, updated, JSON.parse(row.issues) as Issue[], now, user.id);
  appendAudit(db, { at: now, user, entity: 'student', entityId: studentId, action: 'update', changes: fieldChanges(card, updated) });
}

/**
 * Numbers, checks and applies a movement order in one transaction: the order and its items, the enrollments it ends
 * and opens, the personal file numbers of students it enrolls, every change audited. A student moves only this way.
 */
export function createOrder(db: Database.Database, user: User, input: NewOrder, now: Date): OrderView {
  return db
    .transaction(() => {
      const seen = new Set<string>();
      for (const { studentId } of input.items) {
        if (seen.has(studentId)) throw new AppError('ORDER_STUDENT_REPEATED', { studentId });
        seen.add(studentId);
      }
      const movements = input.items.map((item) => planMovement(db, input, item));
      const academicYear = academicYearOf(input.date).label;
      const stored: StoredOrder = {
        id: randomUUID(),
        academicYear,
        number: nextOrderNumberOfYear(db, academicYear),
        date: input.date,
        kind: input.kind,
        enteredOn: schoolToday(db, now),
        yearEndOf: null,
        basis: input.basis ?? null,
        revokesOrderId: null,
      };
      const items = movements.map((m) => m.item);
      const checked = orderSchema.safeParse({ ...stored, yearEndOf: undefined, revokesOrderId: undefined, basis: stored.basis ?? undefined, items });
      if (!checked.success) {
        const first = checked.error.issues[0];
        throw new AppError('INVALID_INPUT', { path: first ? first.path.join('.') : '', reason: first?.message ?? '' });
      }
      insertOrder(db, stored, items, now, user.id);
      const { number, date, kind, basis } = stored;
      audit(db, user, now, 'order', stored.id, null, { academicYear, number, date, kind, basis, items });

      for (const { item, open, join, leaveOn } of movements) {
        if (open && leaveOn !== undefined) {
          closeEnrollment(db, open.id, item.studentId, leaveOn, now, user.id);
          audit(db, user, now, 'enrollment', open.id, { to: null }, { to: leaveOn });
        }
        if (join) {
          const enrollment = { id: randomUUID(), studentId: item.studentId, classId: join.classId, from: join.from, to: null, reason: join.reason, orderId: stored.id };
          insertEnrollment(db, enrollment, now, user.id);
          const { studentId, classId, from, reason, orderId } = enrollment;
          audit(db, user, now, 'enrollment', enrollment.id, null, { studentId, classId, from, reason, orderId });
        }
        if (kind === 'enroll') admitPersonalFile(db, user, item.studentId, join?.from ?? date, now);
      }
      recheckStudents(db, items.map((i) => i.studentId), now);
      return orderView(db, stored.id);
    })
    .immediate();
}

function admitPersonalFile(db: Database.Database, user: User, studentId: string, on: string, now: Date): void {
  const card = JSON.parse(requireCardRow(db, 'student', studentId).data) as StudentCard;
  const { value, registered } = choosePersonalFileNumber(db, { id: studentId, lastName: card.lastName, personalFileNumber: card.personalFileNumber });
  if (value === undefined) return;
  if (!registered) registerPersonalFileNumber(db, user.id, studentId, value, on, now);
  writePersonalFileNumber(db, user, studentId, value, now);
}

export function orderView(db: Database.Database, id: string): OrderView {
  const order = findOrder(db, id);
  if (!order) throw new AppError('NOT_FOUND', { entity: 'order', id });
  return view(db, order, itemViews(db, id).get(id) ?? []);
}

export function listOrders(db: Database.Database, filter: MethodParsedInput<'orders.list'>): MethodOutput<'orders.list'> {
  const items = itemViews(db, null);
  const terms = searchTerms(filter.search);
  const orders = listStoredOrders(db, filter)
    .map((order) => view(db, order, items.get(order.id) ?? []))
    .filter((order) => {
      if (terms.length === 0) return true;
      const text = searchFold(
        [`№${order.number}`, String(order.number), ...order.items.flatMap((i) => [i.studentName, i.fromClass ?? '', i.toClass ?? '', i.destinationSchool ?? ''])].join(' '),
      );
      return terms.every((term) => text.includes(term));
    });
  const years = filter.academicYear ? [filter.academicYear] : [...new Set(orders.map((o) => o.academicYear))];
  const numbers = orderNumbers(db);
  return { orders, missingNumbers: years.flatMap((year) => missingOrderNumbers(numbers, year)) };
}
