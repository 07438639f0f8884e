import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { method } from './method';

const hoursSchema = z.number().positive().max(40);

export const subjectSchema = z.object({ id: idSchema, name: z.string().trim().min(1).max(100), shortName: z.string().trim().min(1).max(30) });
export type Subject = z.infer<typeof subjectSchema>;

export const curriculumEntrySchema = z.object({
  id: idSchema,
  grade: z.number().int().min(1).max(12),
  subjectId: idSchema,
  subjectName: z.string(),
  hoursPerWeek: hoursSchema,
});
export type CurriculumEntry = z.infer<typeof curriculumEntrySchema>;

export const assignmentViewSchema = z.object({
  id: idSchema,
  teacherId: idSchema,
  teacherName: z.string(),
  classId: idSchema,
  classLabel: z.string(),
  grade: z.number().int(),
  academicYearId: idSchema,
  subjectId: idSchema,
  subjectName: z.string(),
  hoursPerWeek: hoursSchema,
  groupLabel: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const assignmentInputSchema = z.object({
  id: idSchema.optional(),
  teacherId: idSchema,
  classId: idSchema,
  subjectId: idSchema,
  hoursPerWeek: hoursSchema,
  /** A group of the class (a language group, boys / girls in PE); none: the whole class. */
  groupLabel: z.string().trim().min(1).max(30).nullable().optional(),
});

/** ISO weekday: 1 Monday … 7 Sunday. Lesson 0 is the "zero lesson" some schools hold before the first. */
export const weekdaySchema = z.number().int().min(1).max(7);
export const lessonNumberSchema = z.number().int().min(0).max(12);

export const scheduleSlotSchema = z.object({
  id: idSchema,
  assignmentId: idSchema,
  weekday: weekdaySchema,
  lessonNumber: lessonNumberSchema,
  validFrom: z.iso.date(),
  /** Last day the slot holds; null: until further notice. */
  validTo: z.iso.date().nullable(),
});
export type ScheduleSlot = z.infer<typeof scheduleSlotSchema>;

export const teacherLoadSchema = z.object({
  teacherId: idSchema,
  teacherName: z.string(),
  assignments: z.array(assignmentViewSchema),
  totalHours: z.number(),
});
export type TeacherLoad = z.infer<typeof teacherLoadSchema>;

export const teachingApi = {
  'subjects.list': method('journals.read', z.object({}), z.object({ subjects: z.array(subjectSchema) }), { scoped: true }),
  /** Adds the country's default subjects the school does not have yet (by name); answers how many were added. */
  'subjects.addDefaults': method('academic.manage', z.object({}), z.object({ added: z.number().int() })),
  'subjects.save': method('academic.manage', subjectSchema.partial({ id: true }), z.object({ id: idSchema })),
  'curriculum.list': method('journals.read', z.object({}), z.object({ entries: z.array(curriculumEntrySchema) }), { scoped: true }),
  /** Sets a grade's hours a week of a subject; 0 removes the subject from that grade's curriculum. */
  'curriculum.set': method(
    'academic.manage',
    z.object({ grade: z.number().int().min(1).max(12), subjectId: idSchema, hoursPerWeek: z.number().min(0).max(40) }),
    z.object({}),
  ),
  'assignments.list': method(
    'journals.read',
    z.object({ academicYearId: idSchema.optional(), classId: idSchema.optional(), teacherId: idSchema.optional() }),
    z.object({ assignments: z.array(assignmentViewSchema).max(20_000) }),
    { scoped: true },
  ),
  'assignments.save': method('academic.manage', assignmentInputSchema, z.object({ id: idSchema })),
  /** Removes an assignment that has no lessons yet; one with lessons is part of the journal's record. */
  'assignments.remove': method('academic.manage', z.object({ id: idSchema }), z.object({})),
  'timetable.list': method(
    'journals.read',
    z.object({ classId: idSchema.optional(), teacherId: idSchema.optional(), on: z.iso.date().optional() }),
    z.object({ slots: z.array(scheduleSlotSchema.safeExtend({ assignment: assignmentViewSchema })).max(20_000) }),
    { scoped: true },
  ),
  'timetable.setSlot': method(
    'academic.manage',
    z.object({
      id: idSchema.optional(),
      assignmentId: idSchema,
      weekday: weekdaySchema,
      lessonNumber: lessonNumberSchema,
      validFrom: z.iso.date(),
      validTo: z.iso.date().nullable().optional(),
    }),
    z.object({ id: idSchema }),
  ),
  'timetable.removeSlot': method('academic.manage', z.object({ id: idSchema }), z.object({})),
  /** Each teacher's assignments of the year with their hours a week, and the totals (the archive's load report). */
  'teaching.load': method(
    'journals.read',
    z.object({ academicYearId: idSchema, teacherId: idSchema.optional() }),
    z.object({ teachers: z.array(teacherLoadSchema), totalHours: z.number() }),
  ),
};
