import { z } from 'zod';
import { academicYearLabelSchema } from '../academic/academic-year';
import { orderBasisSchema, orderItemSchema, orderKindSchema, withdrawalReasonSchema } from '../academic/order';
import { idSchema, shortText } from '../schemas/common';
import { issueSchema } from '../schemas/issue';
import { method } from './method';

/**
 * An order as the office gives it: the date, the kind and who moves where. The backend numbers it, takes each
 * student's class on the date as the item's `fromClassId`, and checks the whole against core's orderSchema.
 */
export const newOrderSchema = z.object({
  date: z.iso.date(),
  /** A revocation is made with `orders.revoke`, which names the order it cancels. */
  kind: orderKindSchema.exclude(['revoke']),
  items: z.array(orderItemSchema.omit({ fromClassId: true })).min(1).max(5000),
  /** What the order rests on (Підстава): the order form asks for it; enrollments made from a card's class field have none. */
  basis: orderBasisSchema.optional(),
});
export type NewOrder = z.infer<typeof newOrderSchema>;

export const orderItemViewSchema = z.object({
  studentId: idSchema,
  studentName: z.string(),
  fromClassId: idSchema.nullable(),
  fromClass: z.string().nullable(),
  toClassId: idSchema.nullable(),
  toClass: z.string().nullable(),
  reason: withdrawalReasonSchema.nullable(),
  destinationSchool: shortText.nullable(),
});
export type OrderItemView = z.infer<typeof orderItemViewSchema>;

const orderRefSchema = z.object({ id: idSchema, number: z.number().int(), date: z.iso.date() });

export const orderViewSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  /** The academic year whose sequence the number belongs to (the one containing `date`). */
  academicYear: academicYearLabelSchema,
  date: z.iso.date(),
  kind: orderKindSchema,
  enteredOn: z.iso.date(),
  yearEndOf: academicYearLabelSchema.nullable(),
  basis: orderBasisSchema.nullable(),
  /** For a revoke order: the order it cancels. */
  revokes: orderRefSchema.nullable(),
  /** The order that revoked this one; a revoked order stays in the register, its movements undone. */
  revokedBy: orderRefSchema.nullable(),
  items: z.array(orderItemViewSchema),
  /** ORDER_ENTERED_LATE when entered more than 3 working days after its date. */
  warnings: z.array(issueSchema),
});
export type OrderView = z.infer<typeof orderViewSchema>;

export const ordersApi = {
  /** Numbers, dates and applies an order with the enrollment changes it causes, in one transaction. */
  'orders.create': method('orders.manage', newOrderSchema, z.object({ order: orderViewSchema })),
  /** Orders newest first; `search` matches the number, a student's name or a class label. */
  'orders.list': method(
    'cards.read',
    z.object({
      academicYear: academicYearLabelSchema.optional(),
      kind: orderKindSchema.optional(),
      search: z.string().max(200).default(''),
    }),
    z.object({ orders: z.array(orderViewSchema), missingNumbers: z.array(z.number().int()) }),
  ),
  'orders.get': method('cards.read', z.object({ id: idSchema }), z.object({ order: orderViewSchema })),
  /**
   * Revokes an order by a new order of kind `revoke` (numbered, dated, with its basis), in one transaction: the
   * enrollments the order opened end as if never made, those it ended are open again. Refused for a year-end order
   * (undo the transition), a revocation, an order already revoked, or when a later order moved one of its students.
   */
  'orders.revoke': method(
    'orders.manage',
    z.object({ orderId: idSchema, date: z.iso.date(), basis: orderBasisSchema }),
    z.object({ order: orderViewSchema }),
  ),
};
