import { z } from 'zod';
import { idSchema } from '../schemas/common';

/** How a student came into the class. `promoted` and `repeating` are made only by the year-end transition. */
export const enrollmentReasonSchema = z.enum(['admitted', 'promoted', 'repeating', 'class_transfer']);
export type EnrollmentReason = z.infer<typeof enrollmentReasonSchema>;

/**
 * A student's membership of a class: the class history is the list of enrollments, the current class is derived.
 * `to` is the first day the student is no longer in the class (as the backend reads it); none while still there.
 */
export const enrollmentSchema = z
  .object({
    studentId: idSchema,
    classId: idSchema,
    from: z.iso.date(),
    to: z.iso.date().optional(),
    reason: enrollmentReasonSchema.optional(),
    /** The order that made this enrollment. */
    orderId: idSchema.optional(),
  })
  .refine((e) => e.to === undefined || e.from <= e.to, { path: ['to'], message: 'to must not precede from' });
export type Enrollment = z.infer<typeof enrollmentSchema>;

export const enrollmentRecordSchema = enrollmentSchema.safeExtend({ id: idSchema });
export type EnrollmentRecord = z.infer<typeof enrollmentRecordSchema>;
