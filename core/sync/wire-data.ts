import { z } from 'zod';
import { shortText } from '../schemas/common';
import { maxChangesPerPush } from './push';
import { academicYearLabelSchema, academicYearSchema } from '../academic/academic-year';
import { orderItemSchema, orderSchema } from '../academic/order';
import { documentKindSchema } from '../archive/document-content';
import { verificationCodeSchema } from '../archive/document-entry';
import { periodSchema } from '../academic/period';
import { staffCardSchema } from '../schemas/staff';
import { studentCardSchema } from '../schemas/student';
import {
  assignmentDataSchema,
  curriculumDataSchema,
  dayOffDataSchema,
  lessonDataSchema,
  markDataSchema,
  periodClosureDataSchema,
  periodGradeDataSchema,
  periodUnlockDataSchema,
  scheduleSlotDataSchema,
  subjectDataSchema,
} from './journal-wire-data';

/**
 * The synced entity types of protocol v1, in the order a device pushes them: what others refer to goes first (a
 * year before its periods and classes, staff before the classes they lead, students and classes before the orders
 * and enrollments that move them); then the journals, the teaching structure before the lessons, unlocks before the
 * changes made under them and closures after the changes made before them (the server judges a batch in its order);
 * printed documents last.
 */
export const syncedTypeSchema = z.enum([
  'academicYear',
  'period',
  'staff',
  'class',
  'student',
  'order',
  'enrollment',
  'subject',
  'curriculum',
  'assignment',
  'scheduleSlot',
  'dayOff',
  'periodUnlock',
  'lesson',
  'mark',
  'periodGrade',
  'periodClosure',
  'document',
]);
export type SyncedType = z.infer<typeof syncedTypeSchema>;

/** Wire data of an academic year; the school's years are told apart by `label` (see docs/sync-protocol.md). */
export const academicYearDataSchema = academicYearSchema;
export type AcademicYearData = z.infer<typeof academicYearDataSchema>;

/** Wire data of a semester or quarter: its year by label, its place in the year by `number`. */
export const periodDataSchema = periodSchema;
export type PeriodData = z.infer<typeof periodDataSchema>;

/** Wire data of a class (DESIGN §5). */
export const classDataSchema = z.object({
  academicYear: academicYearLabelSchema,
  grade: z.number().int().min(1).max(12),
  label: z.string().min(1).max(20),
  homeroomTeacherId: z.string().max(100).optional(),
});
export type ClassData = z.infer<typeof classDataSchema>;

/** Wire data of an enrollment: open while `to` is absent. */
export const enrollmentDataSchema = z.object({
  studentId: z.string().max(100),
  classId: z.string().max(100),
  from: z.iso.date(),
  to: z.iso.date().optional(),
  reason: shortText.optional(),
  orderId: z.string().max(100).optional(),
});
export type EnrollmentData = z.infer<typeof enrollmentDataSchema>;

/**
 * Wire data of a movement order with its items; `number` is unique within the school's `academicYear`. A year-end
 * promotion of a whole school is one order, so an order holds as many items as a push holds changes.
 */
export const orderDataSchema = orderSchema.safeExtend({
  academicYear: academicYearLabelSchema,
  enteredOn: z.iso.date(),
  items: z.array(orderItemSchema).min(1).max(maxChangesPerPush),
});
export type OrderData = z.infer<typeof orderDataSchema>;

/**
 * Wire data of a printed document (DESIGN §8): what the verification page shows, and no personal data beyond the
 * title. The record's id is the one its code stands for (core/archive/verification-code.ts, documentIdOfCode).
 */
export const documentDataSchema = z.object({
  code: verificationCodeSchema,
  kind: documentKindSchema,
  title: z.string().min(1).max(500),
  pages: z.number().int().min(1).max(100_000),
  /** `YYYY-MM-DD HH:MM`, the school's local time, as stamped. */
  printedAt: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
  printedBy: z.string().min(1).max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DocumentData = z.infer<typeof documentDataSchema>;

/** The `data` schema of each synced type: cards are the same schemas the desktop edits. */
export const wireDataSchemas = {
  academicYear: academicYearDataSchema,
  period: periodDataSchema,
  staff: staffCardSchema,
  class: classDataSchema,
  student: studentCardSchema,
  order: orderDataSchema,
  enrollment: enrollmentDataSchema,
  subject: subjectDataSchema,
  curriculum: curriculumDataSchema,
  assignment: assignmentDataSchema,
  scheduleSlot: scheduleSlotDataSchema,
  dayOff: dayOffDataSchema,
  periodUnlock: periodUnlockDataSchema,
  lesson: lessonDataSchema,
  mark: markDataSchema,
  periodGrade: periodGradeDataSchema,
  periodClosure: periodClosureDataSchema,
  document: documentDataSchema,
} as const satisfies Record<SyncedType, z.ZodType>;
