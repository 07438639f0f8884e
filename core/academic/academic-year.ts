import { z } from 'zod';
import { academicYearStartOf } from '../rules/calendar';
import { idSchema } from '../schemas/common';

/** "2025/2026": two consecutive calendar years. */
export const academicYearLabelSchema = z
  .string()
  .regex(/^\d{4}\/\d{4}$/)
  .refine((label) => Number(label.slice(5)) === Number(label.slice(0, 4)) + 1, { message: 'years must be consecutive' });
export type AcademicYearLabel = z.infer<typeof academicYearLabelSchema>;

/** An academic year; 1 September – 31 August unless the school sets other dates. `end` is its last day. */
export const academicYearSchema = z
  .object({ label: academicYearLabelSchema, start: z.iso.date(), end: z.iso.date() })
  .refine((year) => year.start < year.end, { path: ['end'], message: 'end must follow start' });
export type AcademicYear = z.infer<typeof academicYearSchema>;

export const academicYearRecordSchema = academicYearSchema.safeExtend({ id: idSchema });
export type AcademicYearRecord = z.infer<typeof academicYearRecordSchema>;

/** The default year that begins on 1 September of `startYear`. */
export function academicYearStarting(startYear: number): AcademicYear {
  const first = String(startYear).padStart(4, '0');
  const second = String(startYear + 1).padStart(4, '0');
  return { label: `${first}/${second}`, start: `${first}-09-01`, end: `${second}-08-31` };
}

/** The default academic year containing `date` (YYYY-MM-DD). */
export function academicYearOf(date: string): AcademicYear {
  return academicYearStarting(Number(academicYearStartOf(date).slice(0, 4)));
}

/** The year the office works in today; the UI may switch to another to look back. */
export function currentAcademicYear(today: string): AcademicYear {
  return academicYearOf(today);
}

/** The default year that follows `label`. */
export function nextAcademicYear(label: AcademicYearLabel): AcademicYear {
  return academicYearStarting(Number(label.slice(5)));
}
