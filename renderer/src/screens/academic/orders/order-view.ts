import type { OrderItemView, OrderView } from '../../../../../core/api/orders-api';

/** The students of an order as the list shows them: the first few names and how many more. */
export function studentsSummary(items: readonly OrderItemView[], shown = 2): { names: string[]; more: number } {
  return { names: items.slice(0, shown).map((i) => i.studentName), more: Math.max(0, items.length - shown) };
}

/** Whether the order was entered more than 3 working days after its date. */
export function isLate(order: OrderView): boolean {
  return order.warnings.some((w) => w.code === 'ORDER_ENTERED_LATE');
}
