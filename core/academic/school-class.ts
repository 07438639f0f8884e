import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { academicYearLabelSchema } from './academic-year';

export const gradeSchema = z.number().int().min(1).max(12);

const leadingGrade = /^(\d{1,2})(?!\d)/;

/** The grade a class label begins with ("5-А" → 5), if any. */
export function gradeOfLabel(label: string): number | undefined {
  const m = leadingGrade.exec(label);
  return m ? Number(m[1]) : undefined;
}

/** The label of the same class one or more grades on, in the school's own style: "5-А" → "6-А", "5А" → "6А". */
export function labelForGrade(label: string, grade: number): string {
  return label.replace(leadingGrade, String(grade));
}

/**
 * A class of one academic year. Its label begins with its grade ("5-А", "10-Б"), so the year-end transition can name the
 * class a grade on by changing the number only.
 */
export const schoolClassSchema = z
  .object({
    academicYear: academicYearLabelSchema,
    grade: gradeSchema,
    label: z.string().trim().min(1).max(20),
    /** Staff card of the homeroom teacher (класний керівник). */
    homeroomTeacherId: idSchema.optional(),
  })
  .refine((c) => gradeOfLabel(c.label) === c.grade, { path: ['label'], message: 'label must begin with the grade' });
export type SchoolClass = z.infer<typeof schoolClassSchema>;

export const schoolClassRecordSchema = schoolClassSchema.safeExtend({ id: idSchema });
export type SchoolClassRecord = z.infer<typeof schoolClassRecordSchema>;
