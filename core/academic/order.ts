import { z } from 'zod';
import { idSchema, shortText } from '../schemas/common';
import { academicYearLabelSchema } from './academic-year';

/**
 * Kinds of movement order (наказ). `transfer` moves between classes of the school; leaving it is `withdraw`; `repeat`
 * keeps students in their grade for another year (залишення на повторне навчання); `revoke` cancels an earlier order
 * (`revokesOrderId`), which stays in the register: an order is never deleted.
 */
export const orderKindSchema = z.enum(['enroll', 'transfer', 'withdraw', 'graduate', 'promote', 'repeat', 'revoke']);
export type OrderKind = z.infer<typeof orderKindSchema>;

/** Why a student left the school (UA reason codes). `enrolled_elsewhere` names the destination school. */
export const withdrawalReasonSchema = z.enum(['completed_education', 'enrolled_elsewhere', 'transferred', 'moved_abroad', 'other']);
export type WithdrawalReason = z.infer<typeof withdrawalReasonSchema>;

/** One student's movement within an order. A revoke item names only the student whose movement is cancelled. */
export const orderItemSchema = z.object({
  studentId: idSchema,
  fromClassId: idSchema.optional(),
  toClassId: idSchema.optional(),
  reason: withdrawalReasonSchema.optional(),
  destinationSchool: shortText.optional(),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

/**
 * What an order rests on (Підстава), as the office states it: a decision of the pedagogical council with its protocol
 * number and date, an application of the parents or of the student with its date, or another document in words.
 */
export const orderBasisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('council_decision'), protocolNumber: z.string().trim().min(1).max(20), date: z.iso.date() }),
  z.object({ kind: z.literal('parents_application'), date: z.iso.date() }),
  z.object({ kind: z.literal('student_application'), date: z.iso.date() }),
  z.object({ kind: z.literal('other'), text: z.string().trim().min(1).max(300) }),
]);
export type OrderBasis = z.infer<typeof orderBasisSchema>;
export type OrderBasisKind = OrderBasis['kind'];

/** What each kind of order needs from its items. */
function itemProblems(kind: OrderKind, item: OrderItem): string[] {
  const problems: string[] = [];
  if (kind === 'revoke') {
    for (const field of ['fromClassId', 'toClassId', 'reason', 'destinationSchool'] as const) if (item[field] !== undefined) problems.push(field);
    return problems;
  }
  const needsFrom = kind !== 'enroll';
  const needsTo = kind === 'enroll' || kind === 'transfer' || kind === 'promote' || kind === 'repeat';
  const leaves = kind === 'withdraw' || kind === 'graduate';
  if (needsFrom && item.fromClassId === undefined) problems.push('fromClassId');
  if (needsTo && item.toClassId === undefined) problems.push('toClassId');
  if (!needsTo && item.toClassId !== undefined) problems.push('toClassId');
  if (leaves !== (item.reason !== undefined)) problems.push('reason');
  if (kind === 'graduate' && item.reason !== undefined && item.reason !== 'completed_education') problems.push('reason');
  if (item.reason === 'enrolled_elsewhere' && !item.destinationSchool?.trim()) problems.push('destinationSchool');
  return problems;
}

/**
 * A movement order. `number` counts per school within the academic year containing `date`, from 1 without gaps
 * (see order-numbering). A student moves only through an order.
 */
export const orderSchema = z
  .object({
    number: z.number().int().min(1),
    date: z.iso.date(),
    kind: orderKindSchema,
    items: z.array(orderItemSchema).min(1),
    /** Day the order was entered in the program; more than 3 working days after `date` earns a warning. */
    enteredOn: z.iso.date().optional(),
    /** Set on the orders of a year-end transition: the year it closed. Lets the transition be found, refused twice, undone. */
    yearEndOf: academicYearLabelSchema.optional(),
    /** What the order rests on; orders made before the office was asked for it have none. */
    basis: orderBasisSchema.optional(),
    /** For a `revoke` order: the order it cancels. */
    revokesOrderId: idSchema.optional(),
  })
  .superRefine((order, ctx) => {
    if ((order.kind === 'revoke') !== (order.revokesOrderId !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['revokesOrderId'], message: 'a revoke order, and only it, names the order it revokes' });
    }
    order.items.forEach((item, index) => {
      for (const field of itemProblems(order.kind, item)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, field], message: `not valid for a ${order.kind} order` });
      }
    });
  });
export type Order = z.infer<typeof orderSchema>;

export const orderRecordSchema = orderSchema.safeExtend({ id: idSchema });
export type OrderRecord = z.infer<typeof orderRecordSchema>;
