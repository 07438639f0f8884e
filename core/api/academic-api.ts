import { z } from 'zod';
import { academicYearLabelSchema, academicYearRecordSchema } from '../academic/academic-year';
import { enrollmentReasonSchema } from '../academic/enrollment';
import { periodRecordSchema } from '../academic/period';
import { idSchema } from '../schemas/common';
import { method } from './method';

export const academicYearViewSchema = academicYearRecordSchema.safeExtend({
  /** The year containing today: the one the office works in unless it switches to look back. */
  current: z.boolean(),
});
export type AcademicYearView = z.infer<typeof academicYearViewSchema>;




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


export const academicApi = {
  'academicYears.list': method('authenticated', z.object({}), z.object({ years: z.array(academicYearViewSchema) })),
  /** A year with the country's default periods (UA: two semesters, KG: four quarters). 1 September – 31 August unless given. */
  'academicYears.create': method(
    'academic.manage',
    z.object({ label: academicYearLabelSchema, start: z.iso.date().optional(), end: z.iso.date().optional() }),
    z.object({ year: academicYearRecordSchema, periods: z.array(periodRecordSchema) }),
  ),
  'periods.list': method('authenticated', z.object({ academicYearId: idSchema }), z.object({ periods: z.array(periodRecordSchema) })),
  /** A student's classes over the years, oldest first: the card's class history. */
  'students.classHistory': method('cards.read', z.object({ id: idSchema }), z.object({ entries: z.array(classHistoryEntrySchema) }), { scoped: true }),
  /** Every personal file number the school issued, by letter then number: the alphabet book. */
  'alphabetBook.list': method(
    'cards.read',
    z.object({ letter: z.string().trim().length(1).optional() }),
    z.object({ entries: z.array(alphabetBookEntrySchema) }),
  ),
};
