import { z } from 'zod';
import { attendanceSchema, lessonKindSchema, markKindSchema, storedTimelinessSchema } from '../journals/journal-entities';

/**
 * Wire data of the journal types (DESIGN §7 "Sync", docs/sync-protocol.md "Wire data"). Ids of what a record refers
 * to are at most 100 characters, like the academic structure's; the server checks that they name records of the same
 * school (sync-server/journals/journal-push-checks.ts). Local user ids do not travel: who closed or unlocked is sent
 * as the person's name, for display.
 */
const ref = z.string().min(1).max(100);
const hours = z.number().gt(0).max(40);
const personName = z.string().min(1).max(200);
const isoTime = z.string().max(40);

export const subjectDataSchema = z.object({ name: z.string().min(1).max(100), shortName: z.string().min(1).max(30) });
export type SubjectData = z.infer<typeof subjectDataSchema>;

/** Hours a week of one subject in one grade. */
export const curriculumDataSchema = z.object({ grade: z.number().int().min(1).max(12), subjectId: ref, hoursPerWeek: hours });
export type CurriculumData = z.infer<typeof curriculumDataSchema>;

/** Teacher × class × subject × hours, optionally a group of the class: one journal. */
export const assignmentDataSchema = z.object({
  teacherId: ref,
  classId: ref,
  subjectId: ref,
  hoursPerWeek: hours,
  groupLabel: z.string().min(1).max(50).optional(),
});
export type AssignmentData = z.infer<typeof assignmentDataSchema>;

/** A slot of the weekly timetable: ISO weekday 1–7, lesson number 0–12, valid from / to (inclusive). */
export const scheduleSlotDataSchema = z.object({
  assignmentId: ref,
  weekday: z.number().int().min(1).max(7),
  lessonNumber: z.number().int().min(0).max(12),
  validFrom: z.iso.date(),
  validTo: z.iso.date().optional(),
});
export type ScheduleSlotData = z.infer<typeof scheduleSlotDataSchema>;

/** A public holiday or a school break, `start` to `end` inclusive. */
export const dayOffDataSchema = z.object({ kind: z.enum(['holiday', 'break']), name: z.string().min(1).max(200), start: z.iso.date(), end: z.iso.date() });
export type DayOffData = z.infer<typeof dayOffDataSchema>;

export const lessonDataSchema = z.object({
  assignmentId: ref,
  date: z.iso.date(),
  lessonNumber: z.number().int().min(0).max(12),
  topic: z.string().max(500),
  homework: z.string().max(1000),
  kind: lessonKindSchema,
  cancelled: z.boolean(),
  /** When the topic was entered, and how timely that was (DESIGN §7 timeliness); absent while it has none. */
  topicEnteredOn: z.iso.date().optional(),
  topicTimeliness: storedTimelinessSchema.optional(),
  /** When the lesson was entered (ISO time). */
  enteredAt: isoTime,
});
export type LessonData = z.infer<typeof lessonDataSchema>;

/**
 * One cell of the journal: a mark (whole number; the school's scale is checked by the server, UA 1–12, KG 1–5) or
 * none, and the attendance. `unlockId` names the director's unlock it was entered under, in a closed period.
 */
export const markDataSchema = z.object({
  lessonId: ref,
  studentId: ref,
  value: z.number().int().min(1).max(12).nullable(),
  kind: markKindSchema,
  attendance: attendanceSchema,
  note: z.string().max(500),
  enteredOn: z.iso.date(),
  timeliness: storedTimelinessSchema,
  unlockId: ref.optional(),
});
export type MarkData = z.infer<typeof markDataSchema>;

/** A final as stored: a whole number of the scale, or not assessed, or exempt. */
const finalSchema = z.union([z.number().int().min(1).max(12), z.enum(['not_assessed', 'exempt'])]);

/** A period grade (`scope: "period"`, with its `periodId`), a year grade or an exam grade of one student in one journal. */
export const periodGradeDataSchema = z
  .object({
    studentId: ref,
    assignmentId: ref,
    scope: z.enum(['period', 'year', 'exam']),
    periodId: ref.optional(),
    computedAverage: z.string().max(20).optional(),
    computedGrade: z.number().int().min(1).max(12).optional(),
    bump: z.string().max(20),
    final: finalSchema.optional(),
    confirmedAt: isoTime.optional(),
    unlockId: ref.optional(),
  })
  .refine((g) => (g.scope === 'period') === (g.periodId !== undefined), { message: 'periodId is given exactly on a period grade', path: ['periodId'] });
export type PeriodGradeData = z.infer<typeof periodGradeDataSchema>;

/** A period's closure: from then on its lessons, marks and grades refuse changes but under an unlock. */
export const periodClosureDataSchema = z.object({ periodId: ref, closedAt: isoTime, closedBy: personName });
export type PeriodClosureData = z.infer<typeof periodClosureDataSchema>;

/**
 * The director's temporary unlock of one journal (class × subject) of a closed period, or of one student of it, until
 * `until` (ISO time, at most 14 days after `grantedAt`), unless `revokedAt`.
 */
export const periodUnlockDataSchema = z.object({
  periodId: ref,
  classId: ref,
  subjectId: ref,
  studentId: ref.optional(),
  reason: z.string().min(1).max(500),
  grantedBy: personName,
  grantedAt: isoTime,
  until: isoTime,
  revokedAt: isoTime.optional(),
});
export type PeriodUnlockData = z.infer<typeof periodUnlockDataSchema>;
