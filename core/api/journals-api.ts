import { z } from 'zod';
import { attendanceSchema, finalGradeSchema, lessonKindSchema, lessonSchema, markSchema, periodUnlockSchema, unlockScopeSchema } from '../journals/journal-entities';
import { idSchema } from '../schemas/common';
import { lessonNumberSchema } from './teaching-api';
import { method } from './method';

const topicText = z.string().trim().max(500);
const homeworkText = z.string().trim().max(1000);

/** A grid's span: a month (`2025-11`) or a period. */
export const gridSpanSchema = z.union([z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }), z.object({ periodId: idSchema })]);

export const gridRowSchema = z.object({
  studentId: idSchema,
  name: z.string(),
  /** One cell per lesson of the grid, in the order of `lessons`; null: nothing entered. */
  cells: z.array(z.object({ value: z.number().int().nullable(), attendance: attendanceSchema }).nullable()),
  /** Over the period containing the grid's first lesson: the unrounded average and the suggested grade. */
  average: z.string().nullable(),
  suggested: z.number().int().nullable(),
});
export type GridRow = z.infer<typeof gridRowSchema>;

export const journalGridSchema = z.object({
  assignmentId: idSchema,
  classLabel: z.string(),
  subjectName: z.string(),
  country: z.enum(['UA', 'KG']),
  lessons: z.array(lessonSchema).max(400),
  rows: z.array(gridRowSchema).max(200),
  /** The lessons of a closed period whose journal no unlock opens: the grid shows them read-only. */
  lockedLessonIds: z.array(idSchema),
});
export type JournalGrid = z.infer<typeof journalGridSchema>;

export const periodGradeRowSchema = z.object({
  studentId: idSchema,
  name: z.string(),
  current: z.array(z.number().int()),
  control: z.array(z.number().int()),
  average: z.string().nullable(),
  suggested: z.number().int().nullable(),
  bump: z.number(),
  final: finalGradeSchema.nullable(),
  confirmedAt: z.string().nullable(),
});
export type PeriodGradeRow = z.infer<typeof periodGradeRowSchema>;

/**
 * One journal's period grades in figures, as the grades screen would show them: students of the class in the period,
 * those with a suggested grade, with a final (confirmed), with a final other than the suggestion (overridden), and
 * without a final (missing).
 */
export const journalGradeCountsSchema = z.object({
  assignmentId: idSchema,
  classLabel: z.string(),
  subjectName: z.string(),
  teacherName: z.string(),
  students: z.number().int(),
  suggested: z.number().int(),
  confirmed: z.number().int(),
  overridden: z.number().int(),
  missing: z.number().int(),
});
export type JournalGradeCounts = z.infer<typeof journalGradeCountsSchema>;

/** One journal's gaps in a period (DESIGN §7): what the deputy checks before closing it. */
export const completenessRowSchema = z.object({
  assignmentId: idSchema,
  classLabel: z.string(),
  subjectName: z.string(),
  teacherId: idSchema,
  teacherName: z.string(),
  /** Lessons of the period held up to today (cancelled ones left out). */
  lessonsHeld: z.number().int(),
  missingTopics: z.number().int(),
  lessonsWithoutMarks: z.number().int(),
  /** Topics, marks and control results entered after their deadline. */
  lateEntries: z.number().int(),
  studentsWithoutGrade: z.number().int(),
});
export type CompletenessRow = z.infer<typeof completenessRowSchema>;

const attendanceCountsSchema = z.object({
  /** Lessons missed: absent or excused. */
  missed: z.number().int(),
  excused: z.number().int(),
  late: z.number().int(),
});

export const attendanceRowSchema = attendanceCountsSchema.extend({
  studentId: idSchema,
  name: z.string(),
});
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

/** One subject of a student's attendance: the same counts as the class report's row, split by the journal's subject. */
export const subjectAttendanceRowSchema = attendanceCountsSchema.extend({
  subjectId: idSchema,
  subjectName: z.string(),
});
export type SubjectAttendanceRow = z.infer<typeof subjectAttendanceRowSchema>;

export const yearGradeRowSchema = z.object({
  studentId: idSchema,
  name: z.string(),
  /** The final of each period of the year, in order; null where none is set. */
  periods: z.array(finalGradeSchema.nullable()),
  average: z.string().nullable(),
  suggested: z.number().int().nullable(),
  final: finalGradeSchema.nullable(),
  confirmedAt: z.string().nullable(),
  /** The state exam's grade, where the class's grade has exams (core/grading/exam-grades.ts). */
  exam: finalGradeSchema.nullable(),
});
export type YearGradeRow = z.infer<typeof yearGradeRowSchema>;

/** An entry made after its deadline (DESIGN §7): which lesson, what, for whom, who entered it and when. */
export const lateEntrySchema = z.object({
  lessonId: idSchema,
  lessonDate: z.iso.date(),
  what: z.enum(['topic', 'current', 'control']),
  /** null for a topic. */
  studentName: z.string().nullable(),
  value: z.number().int().nullable(),
  timeliness: z.enum(['late', 'needs_permission']),
  enteredOn: z.iso.date(),
  enteredBy: z.string(),
});
export type LateEntry = z.infer<typeof lateEntrySchema>;

export const journalsApi = {
  /** Creates the lessons of every teaching day of a period from the assignment's timetable; existing ones are kept. */
  'lessons.layOut': method('journals.write', z.object({ assignmentId: idSchema, periodId: idSchema }), z.object({ created: z.number().int() }), { scoped: true }),
  'lessons.add': method(
    'journals.write',
    z.object({ assignmentId: idSchema, date: z.iso.date(), lessonNumber: lessonNumberSchema, kind: lessonKindSchema.default('regular') }),
    z.object({ lesson: lessonSchema }),
    { scoped: true },
  ),
  /** Topic, homework, kind, or a move to another day or lesson number. */
  'lessons.update': method(
    'journals.write',
    z.object({
      id: idSchema,
      topic: topicText.optional(),
      homework: homeworkText.optional(),
      kind: lessonKindSchema.optional(),
      date: z.iso.date().optional(),
      lessonNumber: lessonNumberSchema.optional(),
    }),
    z.object({ lesson: lessonSchema }),
    { scoped: true },
  ),
  /** Cancels a lesson that has no marks; it stays in the record, struck out. */
  'lessons.cancel': method('journals.write', z.object({ id: idSchema }), z.object({ lesson: lessonSchema }), { scoped: true }),
  'journals.grid': method('journals.read', z.object({ assignmentId: idSchema, span: gridSpanSchema }), journalGridSchema, { scoped: true }),
  /** One cell: a mark (or none) and the attendance; a control lesson's mark is a control mark. */
  'journals.setMark': method(
    'journals.write',
    z.object({
      lessonId: idSchema,
      studentId: idSchema,
      value: z.number().int().min(1).max(12).nullable(),
      attendance: attendanceSchema.default('present'),
      note: z.string().trim().max(500).default(''),
    }),
    z.object({ mark: markSchema.nullable() }),
    { scoped: true },
  ),
  'periodGrades.list': method(
    'journals.read',
    z.object({ assignmentId: idSchema, periodId: idSchema }),
    /** `unlocked`: the period is closed but the director has opened this journal for a while. */
    z.object({ rows: z.array(periodGradeRowSchema).max(200), closed: z.boolean(), unlocked: z.boolean() }),
    { scoped: true },
  ),
  /**
   * The period grades of every journal of the school in figures (the director's and the deputy's overview): unscoped,
   * so only `journals.read` over every journal reaches it.
   */
  'periodGrades.school': method('journals.read', z.object({ periodId: idSchema }), z.object({ journals: z.array(journalGradeCountsSchema).max(20_000) })),
  /** Sets a student's bump and final grade; a final other than the suggestion is kept beside the computed value. */
  'periodGrades.set': method(
    'journals.write',
    z.object({ assignmentId: idSchema, periodId: idSchema, studentId: idSchema, bump: z.number().min(0).max(1).default(0), final: finalGradeSchema }),
    z.object({ row: periodGradeRowSchema }),
    { scoped: true },
  ),
  /** Confirms the suggested grade of every student who has one and no final yet. */
  'periodGrades.confirmAll': method('journals.write', z.object({ assignmentId: idSchema, periodId: idSchema }), z.object({ confirmed: z.number().int() }), { scoped: true }),
  /** Year grades of a journal: each period's final beside the suggested year grade (round-half-up mean). */
  'yearGrades.list': method(
    'journals.read',
    z.object({ assignmentId: idSchema }),
    /** `hasExam`: the class's grade ends with a state exam, whose grade each row carries. */
    z.object({ rows: z.array(yearGradeRowSchema).max(200), closed: z.boolean(), hasExam: z.boolean() }),
    { scoped: true },
  ),
  'yearGrades.set': method(
    'journals.write',
    z.object({ assignmentId: idSchema, studentId: idSchema, final: finalGradeSchema }),
    z.object({ row: yearGradeRowSchema }),
    { scoped: true },
  ),
  /** Confirms the suggested year grade of every student who has one and no year grade yet. */
  'yearGrades.confirmAll': method('journals.write', z.object({ assignmentId: idSchema }), z.object({ confirmed: z.number().int() }), { scoped: true }),
  /** The state exam's grade of a student, in a class whose grade has exams; it locks with the year's last period. */
  'examGrades.set': method(
    'journals.write',
    z.object({ assignmentId: idSchema, studentId: idSchema, final: finalGradeSchema }),
    z.object({ row: yearGradeRowSchema }),
    { scoped: true },
  ),
  /**
   * Per journal of the period: missing topics, lessons without marks, late entries, students without a period grade.
   * The director and the deputy ask for any; a class teacher for their own class only (`classId` required).
   */
  'journals.completeness': method(
    'journals.read',
    z.object({ periodId: idSchema, teacherId: idSchema.optional(), classId: idSchema.optional() }),
    z.object({ rows: z.array(completenessRowSchema).max(20_000) }),
    { scoped: true },
  ),
  /** One journal's late entries of a period, newest lesson first. */
  'journals.lateEntries': method(
    'journals.read',
    z.object({ assignmentId: idSchema, periodId: idSchema }),
    z.object({ entries: z.array(lateEntrySchema).max(5_000) }),
    { scoped: true },
  ),
  /**
   * A class's attendance over a span (a month, a period): lessons missed, excused and late per student, all subjects.
   * The director and the deputy ask for any class; a class teacher for their own.
   */
  'journals.attendance': method(
    'journals.read',
    z.object({ classId: idSchema, from: z.iso.date(), to: z.iso.date() }),
    z.object({ rows: z.array(attendanceRowSchema).max(200) }),
    { scoped: true },
  ),
  /** One student's attendance over the same span, by subject: the class report's row opened up. Same reach as the class report. */
  'journals.studentAttendance': method(
    'journals.read',
    z.object({ classId: idSchema, studentId: idSchema, from: z.iso.date(), to: z.iso.date() }),
    z.object({ rows: z.array(subjectAttendanceRowSchema).max(100) }),
    { scoped: true },
  ),
  'periods.close': method('periods.close', z.object({ periodId: idSchema }), z.object({})),
  /** The director opens one journal (or one student of it) of a closed period for a while. */
  'periods.grantUnlock': method(
    'periods.unlock',
    unlockScopeSchema.safeExtend({ periodId: idSchema, reason: z.string().trim().min(1).max(500), until: z.iso.datetime({ offset: true }) }),
    z.object({ unlock: periodUnlockSchema }),
  ),
  'periods.revokeUnlock': method('periods.unlock', z.object({ id: idSchema }), z.object({})),
  'periods.unlocks': method('journals.read', z.object({ periodId: idSchema }), z.object({ unlocks: z.array(periodUnlockSchema).max(2_000) })),
};
