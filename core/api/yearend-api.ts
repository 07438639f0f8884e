import { z } from 'zod';
import { academicYearLabelSchema } from '../academic/academic-year';
import { firstGraderSchema, yearEndChoicesSchema } from '../yearend/year-end-input';
import { yearEndPlanSchema } from '../yearend/year-end-plan';
import { idSchema } from '../schemas/common';
import { issueSchema } from '../schemas/issue';
import { longJob, method } from './method';

const yearEndInput = z.object({
  /** The year to close; the current one by default. */
  closingYear: academicYearLabelSchema.optional(),
  choices: yearEndChoicesSchema,
});

/** What the preview shows beside the ids of the plan. */
const namesSchema = z.object({
  students: z.record(z.string(), z.string()),
  classes: z.record(z.string(), z.string()),
});

export const yearEndRunSchema = z.object({
  id: idSchema,
  closingYear: academicYearLabelSchema,
  runAt: z.string(),
  runBy: z.string(),
  backupPath: z.string(),
  undoneAt: z.string().nullable(),
  orders: z.array(z.object({ id: idSchema, number: z.number().int(), kind: z.string(), items: z.number().int() })),
});
export type YearEndRun = z.infer<typeof yearEndRunSchema>;

/** Why a row of a first-grader list was not taken; the UI renders `yearEndImport.<reason>`. */
export const firstGraderProblemReasonSchema = z.enum([
  'FILE_UNREADABLE',
  'COLUMN_MISSING',
  'REQUIRED',
  'DATE_INVALID',
  'SEX_INVALID',
  'CLASS_NOT_GRADE_1',
  'TOO_LONG',
  'DUPLICATE',
  /** A check of the card editor found an error in the cell: `issue` says which. */
  'CHECK',
]);

export const firstGraderProblemSchema = z.object({
  /** Row number as Excel shows it (the header is row 1; 0 for the file as a whole). */
  row: z.number().int(),
  column: z.string().optional(),
  reason: firstGraderProblemReasonSchema,
  /** For DUPLICATE: the earlier row with the same child (surname, first name, birth date). */
  duplicateOf: z.number().int().optional(),
  issue: issueSchema.optional(),
});

export const yearEndApi = {
  /** The transition as it would be: changes nothing. Refused with the planner's YEAR_END_* code. */
  'yearEnd.preview': method('yearend.run', yearEndInput, z.object({ plan: yearEndPlanSchema, names: namesSchema })),
  /** Backup, then the whole transition in one transaction; progress events of job `yearEnd.apply`: backup, checking, transition, done | failed. */
  'yearEnd.apply': longJob('yearend.run', yearEndInput, z.object({ run: yearEndRunSchema, plan: yearEndPlanSchema })),
  /** Restores what the latest standing run changed, as one step, until a sync has sent any of it. */
  'yearEnd.undo': longJob('yearend.run', z.object({ runId: idSchema.optional() }), z.object({ run: yearEndRunSchema })),
  'yearEnd.runs': method('cards.read', z.object({}), z.object({ runs: z.array(yearEndRunSchema) })),
  /**
   * Reads new first graders from an .xlsx file (first sheet, header row; columns lastName, firstName, middleName,
   * birthDate, sex, classLabel — Ukrainian headers accepted). All rows or none: any bad row is reported, no row kept.
   */
  'yearEnd.importFirstGraders': longJob(
    'yearend.run',
    z.object({ fileBase64: z.string().min(1).max(14_000_000) }),
    z.object({ firstGraders: z.array(firstGraderSchema), problems: z.array(firstGraderProblemSchema) }),
  ),
  /** An empty first-grader list (.xlsx) with the header the import reads. */
  'yearEnd.firstGraderTemplate': method('yearend.run', z.object({}), z.object({ fileBase64: z.string() })),
};
