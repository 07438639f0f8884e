import { z } from 'zod';
import { academicYearRecordSchema } from '../academic/academic-year';
import { enrollmentRecordSchema } from '../academic/enrollment';
import { orderBasisSchema, orderRecordSchema, withdrawalReasonSchema } from '../academic/order';
import { periodRecordSchema } from '../academic/period';
import { schoolClassRecordSchema } from '../academic/school-class';
import { idSchema, shortText } from '../schemas/common';
import { schoolSchema } from '../schemas/school';
import { studentCardSchema } from '../schemas/student';

/** What the planner needs of a student: the surname for the alphabet book, and whether the student left in the year. */
export const yearEndStudentSchema = studentCardSchema.pick({ lastName: true, personalFileNumber: true }).extend({
  id: idSchema,
  /** Set when the student was withdrawn during the year; such a student is never carried into the next year. */
  withdrawnOn: z.iso.date().optional(),
});
export type YearEndStudent = z.infer<typeof yearEndStudentSchema>;

/** The school as the planner sees it. Classes, enrollments and periods of other years than the two concerned are ignored. */
export const yearEndStateSchema = z.object({
  school: schoolSchema.pick({ country: true, finalGrade: true }),
  closingYear: academicYearRecordSchema,
  /** The year after the closing one, when the school already made it. */
  nextYear: academicYearRecordSchema.optional(),
  periods: z.array(periodRecordSchema),
  classes: z.array(schoolClassRecordSchema),
  enrollments: z.array(enrollmentRecordSchema),
  students: z.array(yearEndStudentSchema),
  /** Every order of the school: numbering continues them, and a transition already made is found among them. */
  orders: z.array(orderRecordSchema),
  /** Personal file numbers issued to cards no longer in `students`; numbers are never reused. */
  personalFileNumbersUsed: z.array(shortText).default([]),
});
export type YearEndState = z.infer<typeof yearEndStateSchema>;

/** The per-student choices of the wizard. They apply to this transition only: nothing about them is kept on the student. */
export const studentChoiceSchema = z.discriminatedUnion('action', [
  /** Stays in the same grade next year. */
  z.object({ studentId: idSchema, action: z.literal('repeat') }),
  /** Leaves the school after grade 9 (basic secondary education completed). */
  z.object({ studentId: idSchema, action: z.literal('leave') }),
  /** Leaves the school for another one. */
  z.object({
    studentId: idSchema,
    action: z.literal('transfer'),
    destinationSchool: z.string().trim().min(1).max(200),
    reason: withdrawalReasonSchema.exclude(['completed_education']).default('enrolled_elsewhere'),
  }),
]);
export type StudentChoice = z.infer<typeof studentChoiceSchema>;

/** A new first grader, typed in or read from an Excel row. */
export const firstGraderSchema = studentCardSchema
  .pick({ lastName: true, firstName: true, middleName: true, birthDate: true, sex: true })
  .extend({ classLabel: z.string().trim().min(1).max(20) });
export type FirstGrader = z.infer<typeof firstGraderSchema>;

export const yearEndChoicesSchema = z.object({
  /** Date of the transition: every order of it carries this date. */
  date: z.iso.date(),
  /** What the transition's orders rest on: usually the pedagogical council's decision with its protocol. */
  basis: orderBasisSchema.optional(),
  students: z.array(studentChoiceSchema).default([]),
  firstGraders: z.array(firstGraderSchema).default([]),
});
export type YearEndChoices = z.infer<typeof yearEndChoicesSchema>;
export type YearEndChoicesInput = z.input<typeof yearEndChoicesSchema>;
