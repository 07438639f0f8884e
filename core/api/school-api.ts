import { z } from 'zod';
import { schoolDetailsSchema, schoolSchema } from '../schemas/school';
import { method } from './method';

const cardCountsSchema = z.object({
  total: z.number(),
  /** Cards with at least one error. */
  error: z.number(),
  /** Cards with warnings and no error. */
  warning: z.number(),
  /** Errors on all cards together. */
  errorIssues: z.number(),
  warningIssues: z.number(),
});

export const schoolApi = {
  'school.get': method('authenticated', z.object({}), z.object({ school: schoolSchema })),
  /** The school's own details after setup (EDRPOU, name, address, director, time zone); audited field by field. */
  'school.update': method('school.admin', z.object({ school: schoolDetailsSchema }), z.object({ school: schoolSchema })),
  /**
   * What Home shows: per kind of card, how many cards have errors (or only warnings) and how many errors and warnings
   * they hold in all (the Sync report counts issues, so both are given); the current academic year; the last Sync all.
   */
  'home.summary': method(
    'authenticated',
    z.object({}),
    z.object({
      students: cardCountsSchema,
      staff: cardCountsSchema,
      currentYear: z.object({ label: z.string(), start: z.iso.date(), end: z.iso.date() }).nullable(),
      lastSyncAt: z.string().nullable(),
    }),
  ),
};
