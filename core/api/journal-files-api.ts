import { z } from 'zod';
import { appErrorSchema } from '../errors';
import { idSchema } from '../schemas/common';
import { method } from './method';

/** The most a journal file may weigh: a period of 200 students × 400 lessons is far below it. */
export const maxJournalFileBytes = 2 * 1024 * 1024;

/** Problems named one by one; past this many the import says only how many more there were. */
export const maxJournalFileProblems = 300;

const journalPeriod = z.object({ assignmentId: idSchema, periodId: idSchema });

/**
 * One journal (assignment × period) in Excel: students × lessons with their dates, marks and attendance, the average,
 * the suggested and the final period grade. Marks come back from the same layout: every changed cell goes through
 * the grid's own save (scale, class, deadlines, closed period, audit), all in one transaction or none.
 */
export const journalFilesApi = {
  'journalFiles.export': method('journals.read', journalPeriod, z.object({ fileBase64: z.string(), fileName: z.string() }), { scoped: true }),
  'journalFiles.import': method(
    'journals.write',
    // Bounded a little above the largest file read, so a too large one is told as such rather than as bad input.
    journalPeriod.extend({ fileBase64: z.string().min(1).max(Math.ceil((maxJournalFileBytes * 4) / 3) + 1024) }),
    z.object({
      /** Cells changed and saved; 0 when there was any problem. */
      saved: z.number().int(),
      /** Each bad cell: the error of the grid's save with `row` (Excel's number) and `column` (its letter) in params. */
      problems: z.array(appErrorSchema).max(maxJournalFileProblems),
      moreProblems: z.number().int(),
    }),
    { scoped: true },
  ),
};
