import { z } from 'zod';
import { academicYearLabelSchema, academicYearRecordSchema } from '../academic/academic-year';
import { enrollmentReasonSchema } from '../academic/enrollment';
import { periodRecordSchema } from '../academic/period';
import { gradeSchema, schoolClassSchema } from '../academic/school-class';
import { idSchema, sexSchema } from '../schemas/common';
import { method } from './method';

export const academicYearViewSchema = academicYearRecordSchema.safeExtend({
  /** The year containing today: the one the office works in unless it switches to look back. */
  current: z.boolean(),
});
export type AcademicYearView = z.infer<typeof academicYearViewSchema>;

export const classViewSchema = z.object({
  id: idSchema,
  academicYearId: idSchema,
  academicYear: academicYearLabelSchema,
  grade: gradeSchema,
  label: z.string(),
  homeroomTeacherId: idSchema.nullable(),
  homeroomTeacherName: z.string().nullable(),
  /** Students in the class on the day asked about (today by default). */
  studentCount: z.number().int(),
});
export type ClassView = z.infer<typeof classViewSchema>;

export const classMemberSchema = z.object({
  enrollmentId: idSchema,
  studentId: idSchema,
  name: z.string(),
  birthDate: z.string(),
  sex: sexSchema.nullable(),
  from: z.iso.date(),
  /** First day the student was no longer in the class; null while still there. */
  to: z.iso.date().nullable(),
  reason: enrollmentReasonSchema.nullable(),
  orderId: idSchema.nullable(),
  current: z.boolean(),
});
export type ClassMember = z.infer<typeof classMemberSchema>;

export const classCountsSchema = z.object({
  total: z.number().int(),
  bySex: z.object({ M: z.number().int(), F: z.number().int(), unknown: z.number().int() }),
  /** Full years on 1 September of the class's year; null for a birth date that cannot be read. */
  byAge: z.array(z.object({ age: z.number().int().nullable(), count: z.number().int() })),
});

export const alphabetBookEntrySchema = z.object({
  letter: z.string(),
  number: z.number().int(),
  personalFileNumber: z.string(),
  studentId: idSchema,
  name: z.string(),
  birthDate: z.string(),
  issuedOn: z.iso.date(),
  /** First day in the school and first day no longer in it (null while still a student). */
  enrolledOn: z.iso.date().nullable(),
  leftOn: z.iso.date().nullable(),
});
export type AlphabetBookEntry = z.infer<typeof alphabetBookEntrySchema>;

/** One stay of a student in a class, with the order that began it. */
export const classHistoryEntrySchema = z.object({
  enrollmentId: idSchema,
  classId: idSchema,
  classLabel: z.string(),
  academicYear: academicYearLabelSchema,
  from: z.iso.date(),
  /** First day the student was no longer in the class; null while still there. */
  to: z.iso.date().nullable(),
  reason: enrollmentReasonSchema.nullable(),
  order: z.object({ id: idSchema, number: z.number().int(), date: z.iso.date() }).nullable(),
});
export type ClassHistoryEntry = z.infer<typeof classHistoryEntrySchema>;

/** A class as typed; the backend checks it whole against schoolClassSchema (the label begins with the grade). */
const classFields = z.object(schoolClassSchema.shape).pick({ grade: true, label: true, homeroomTeacherId: true });

export const academicApi = {
  'academicYears.list': method(z.object({}), z.object({ years: z.array(academicYearViewSchema) })),
  /** A year with the country's default periods (UA: two semesters, KG: four quarters). 1 September – 31 August unless given. */
  'academicYears.create': method(
    z.object({ label: academicYearLabelSchema, start: z.iso.date().optional(), end: z.iso.date().optional() }),
    z.object({ year: academicYearRecordSchema, periods: z.array(periodRecordSchema) }),
  ),
  'periods.list': method(z.object({ academicYearId: idSchema }), z.object({ periods: z.array(periodRecordSchema) })),
  /** Classes of one year (the current one by default), by grade then label. */
  'classes.ofYear': method(
    z.object({ academicYearId: idSchema.optional(), date: z.iso.date().optional() }),
    z.object({ classes: z.array(classViewSchema) }),
  ),
  'classes.create': method(classFields.extend({ academicYearId: idSchema }), z.object({ id: idSchema })),
  'classes.update': method(classFields.extend({ id: idSchema }), z.object({})),
  /** A class page: every member it ever had with dates, and the counts of those in it on `date` (today by default). */
  'classes.get': method(
    z.object({ id: idSchema, date: z.iso.date().optional() }),
    z.object({ class: classViewSchema, members: z.array(classMemberSchema), counts: classCountsSchema }),
  ),
  /** A student's classes over the years, oldest first: the card's class history. */
  'students.classHistory': method(z.object({ id: idSchema }), z.object({ entries: z.array(classHistoryEntrySchema) })),
  /** Every personal file number the school issued, by letter then number: the alphabet book. */
  'alphabetBook.list': method(
    z.object({ letter: z.string().trim().length(1).optional() }),
    z.object({ entries: z.array(alphabetBookEntrySchema) }),
  ),
};
