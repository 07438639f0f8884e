import { z } from 'zod';
import { staffCardSchema } from '../schemas/staff';
import { studentCardSchema } from '../schemas/student';

/** The synced entity types of protocol v1, in the order a device pushes them (what others refer to goes first). */
export const syncedTypeSchema = z.enum(['staff', 'class', 'student', 'enrollment']);
export type SyncedType = z.infer<typeof syncedTypeSchema>;

/** Wire data of a class (DESIGN §5). */
export const classDataSchema = z.object({
  academicYear: z.string().regex(/^\d{4}\/\d{4}$/),
  grade: z.number().int().min(1).max(12),
  label: z.string().min(1).max(20),
  homeroomTeacherId: z.string().optional(),
});
export type ClassData = z.infer<typeof classDataSchema>;

/** Wire data of an enrollment: open while `to` is absent. */
export const enrollmentDataSchema = z.object({
  studentId: z.string(),
  classId: z.string(),
  from: z.iso.date(),
  to: z.iso.date().optional(),
  reason: z.string().optional(),
  orderId: z.string().optional(),
});
export type EnrollmentData = z.infer<typeof enrollmentDataSchema>;

/** The `data` schema of each synced type: cards are the same schemas the desktop edits. */
export const wireDataSchemas = {
  staff: staffCardSchema,
  class: classDataSchema,
  student: studentCardSchema,
  enrollment: enrollmentDataSchema,
} as const satisfies Record<SyncedType, z.ZodType>;
