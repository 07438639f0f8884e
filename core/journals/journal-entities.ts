import { z } from 'zod';
import { idSchema } from '../schemas/common';

export const lessonKindSchema = z.enum(['regular', 'control']);
export type LessonKind = z.infer<typeof lessonKindSchema>;

export const markKindSchema = z.enum(['current', 'control']);
export type MarkKind = z.infer<typeof markKindSchema>;

export const attendanceSchema = z.enum(['present', 'absent', 'excused', 'late']);
export type Attendance = z.infer<typeof attendanceSchema>;

/** How timely an entry was made (core/grading/timeliness.ts); `too_late` entries are refused, so never stored. */
export const storedTimelinessSchema = z.enum(['on_time', 'late', 'needs_permission']);

export const lessonSchema = z.object({
  id: idSchema,
  assignmentId: idSchema,
  date: z.iso.date(),
  lessonNumber: z.number().int().min(0).max(12),
  topic: z.string().max(500),
  homework: z.string().max(1000),
  kind: lessonKindSchema,
  cancelled: z.boolean(),
  topicTimeliness: storedTimelinessSchema.nullable(),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const markSchema = z.object({
  lessonId: idSchema,
  studentId: idSchema,
  value: z.number().int().nullable(),
  kind: markKindSchema,
  attendance: attendanceSchema,
  note: z.string().max(500),
  timeliness: storedTimelinessSchema,
});
export type Mark = z.infer<typeof markSchema>;

/** A final grade: a number of the scale, or not assessed (too many absences), or exempt. */
export const finalGradeSchema = z.union([z.number().int().min(1).max(12), z.enum(['not_assessed', 'exempt'])]);
export type FinalGrade = z.infer<typeof finalGradeSchema>;

export const unlockScopeSchema = z.object({
  classId: idSchema,
  subjectId: idSchema,
  /** One student of the class×subject journal; none: the whole journal. */
  studentId: idSchema.nullable(),
});
export type UnlockScope = z.infer<typeof unlockScopeSchema>;

export const periodUnlockSchema = unlockScopeSchema.safeExtend({
  id: idSchema,
  periodId: idSchema,
  reason: z.string(),
  grantedBy: z.string(),
  grantedAt: z.string(),
  until: z.string(),
  revokedAt: z.string().nullable(),
  active: z.boolean(),
});
export type PeriodUnlock = z.infer<typeof periodUnlockSchema>;
