import { z } from 'zod';
import { academicYearLabelSchema } from '../academic/academic-year';
import { enrollmentReasonSchema } from '../academic/enrollment';
import { gradeSchema, schoolClassSchema } from '../academic/school-class';
import { idSchema, sexSchema } from '../schemas/common';
import { method } from './method';

export const classRefSchema = z.object({ id: idSchema, label: z.string(), grade: z.number().int() });
export type ClassRef = z.infer<typeof classRefSchema>;

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

/** A class as typed; the backend checks it whole against schoolClassSchema (the label begins with the grade). */
const classFields = z.object(schoolClassSchema.shape).pick({ grade: true, label: true, homeroomTeacherId: true });

export const classesApi = {
  /** Classes of the current year, for pickers and filters. */
  'classes.list': method('students.names', z.object({}), z.object({ classes: z.array(classRefSchema) }), { scoped: true }),
  /** Classes of one year (the current one by default), by grade then label. */
  'classes.ofYear': method(
    'cards.read',
    z.object({ academicYearId: idSchema.optional(), date: z.iso.date().optional() }),
    z.object({ classes: z.array(classViewSchema) }),
    { scoped: true },
  ),
  'classes.create': method('academic.manage', classFields.extend({ academicYearId: idSchema }), z.object({ id: idSchema })),
  'classes.update': method('academic.manage', classFields.extend({ id: idSchema }), z.object({})),
  /** A class page: every member it ever had with dates, and the counts of those in it on `date` (today by default). */
  'classes.get': method(
    'cards.read',
    z.object({ id: idSchema, date: z.iso.date().optional() }),
    z.object({ class: classViewSchema, members: z.array(classMemberSchema), counts: classCountsSchema }),
    { scoped: true },
  ),
};
