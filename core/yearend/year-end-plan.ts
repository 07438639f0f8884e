import { z } from 'zod';
import { academicYearLabelSchema, academicYearRecordSchema } from '../academic/academic-year';
import { enrollmentRecordSchema } from '../academic/enrollment';
import { orderRecordSchema, withdrawalReasonSchema } from '../academic/order';
import { periodRecordSchema } from '../academic/period';
import { schoolClassRecordSchema } from '../academic/school-class';
import { idSchema, shortText } from '../schemas/common';
import { issueParamsSchema } from '../schemas/issue';
import { firstGraderSchema } from './year-end-input';

export const movementKindSchema = z.enum(['promote', 'repeat', 'graduate', 'leave', 'transfer', 'not_carried']);
export type MovementKind = z.infer<typeof movementKindSchema>;

/** Where one student of the closing year goes. `not_carried`: withdrawn during the year, left where it is. */
export const studentMovementSchema = z.object({
  studentId: idSchema,
  /** The student's class in the closing year (for `not_carried`, the last one). */
  fromClassId: idSchema,
  movement: movementKindSchema,
  toClassId: idSchema.optional(),
  reason: withdrawalReasonSchema.optional(),
  destinationSchool: shortText.optional(),
  orderId: idSchema.optional(),
});
export type StudentMovement = z.infer<typeof studentMovementSchema>;

/** The class of the new year each class of the closing year becomes; none for a graduating class. */
export const classMoveSchema = z.object({ classId: idSchema, toClassId: idSchema.optional() });
export type ClassMove = z.infer<typeof classMoveSchema>;

export const plannedFirstGraderSchema = z.object({
  studentId: idSchema,
  row: firstGraderSchema,
  classId: idSchema,
  /** None when the surname does not begin with a letter; the secretary assigns one by hand. */
  personalFileNumber: shortText.optional(),
});
export type PlannedFirstGrader = z.infer<typeof plannedFirstGraderSchema>;

/** An enrollment of the closing year that ends: `to` is the first day the student is no longer in the class. */
export const closedEnrollmentSchema = z.object({ enrollmentId: idSchema, to: z.iso.date() });
export type ClosedEnrollment = z.infer<typeof closedEnrollmentSchema>;

/**
 * Everything the transition does, as additions and closings only: it never deletes, so nothing of the next year can
 * be lost. Applying it is one transaction of the backend.
 */
export const yearEndPlanSchema = z.object({
  closingYear: academicYearLabelSchema,
  date: z.iso.date(),
  newYear: academicYearRecordSchema,
  /** False when the school had already made the new year. */
  createsYear: z.boolean(),
  newPeriods: z.array(periodRecordSchema),
  newClasses: z.array(schoolClassRecordSchema),
  classMoves: z.array(classMoveSchema),
  movements: z.array(studentMovementSchema),
  closedEnrollments: z.array(closedEnrollmentSchema),
  newEnrollments: z.array(enrollmentRecordSchema),
  firstGraders: z.array(plannedFirstGraderSchema),
  orders: z.array(orderRecordSchema),
});
export type YearEndPlan = z.infer<typeof yearEndPlanSchema>;

/** Why a transition cannot be planned. The UI renders `yearEnd.<code>` with `params`. */
export const yearEndRefusalCodeSchema = z.enum([
  'YEAR_END_ALREADY_RUN',
  'YEAR_END_NEXT_YEAR_MISMATCH',
  'YEAR_END_DATE_OUT_OF_RANGE',
  /** The transition date lies before the end of the closing year's last period: the year is not over yet. */
  'YEAR_END_DATE_BEFORE_YEAR_ENDS',
  'YEAR_END_GRADE_BEYOND_FINAL',
  'YEAR_END_DUPLICATE_CLASS_LABEL',
  'YEAR_END_ENROLLED_TWICE',
  'YEAR_END_ALREADY_IN_NEXT_YEAR',
  'YEAR_END_UNKNOWN_STUDENT',
  'YEAR_END_STUDENT_NOT_ENROLLED',
  'YEAR_END_DUPLICATE_CHOICE',
  'YEAR_END_LEAVE_NOT_GRADE_9',
  'YEAR_END_FIRST_GRADER_NOT_GRADE_1',
  'YEAR_END_DUPLICATE_FIRST_GRADER',
]);
export type YearEndRefusalCode = z.infer<typeof yearEndRefusalCodeSchema>;

export const yearEndRefusalSchema = z.object({ code: yearEndRefusalCodeSchema, params: issueParamsSchema });
export type YearEndRefusal = z.infer<typeof yearEndRefusalSchema>;

export type YearEndResult = { ok: true; plan: YearEndPlan } | { ok: false; error: YearEndRefusal };
