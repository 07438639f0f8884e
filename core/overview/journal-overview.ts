import { z } from 'zod';
import { districtRefSchema } from './overview';

/**
 * One period of a school's journals as the overview counts it (DESIGN §11 "When journals sync", seed 004 item 37.2):
 * counts and means only, never a student, a teacher or a mark.
 */
export const journalPeriodOverviewSchema = z.object({
  academicYear: z.string(),
  number: z.number().int(),
  name: z.string(),
  start: z.string(),
  end: z.string(),
  closed: z.boolean(),
  /** Lessons held up to today (cancelled ones left out), and how many of them have a topic. */
  lessonsHeld: z.number().int(),
  lessonsWithTopic: z.number().int(),
  /** lessonsWithTopic / lessonsHeld, two decimals ("0.93"); null without lessons. */
  topicShare: z.string().nullable(),
  attendance: z.object({
    /** Student × lesson places of the lessons held: every student enrolled in the class on the lesson's day. */
    places: z.number().int(),
    absent: z.number().int(),
    excused: z.number().int(),
    late: z.number().int(),
    /** Share of places attended (late counts as attended), two decimals; null without places. */
    rate: z.string().nullable(),
  }),
  /** Topics and marks entered after their deadline (flagged late or needing permission). */
  lateEntries: z.object({ topics: z.number().int(), marks: z.number().int() }),
  /** Mean numeric final period grade per grade level (two decimals), with how many grades it is of. */
  grades: z.array(z.object({ grade: z.number().int(), count: z.number().int(), mean: z.string() })),
});
export type JournalPeriodOverview = z.infer<typeof journalPeriodOverviewSchema>;

/** GET /api/v1/overview/schools/CODE/journals: the school's periods, latest first. */
export const schoolJournalsAnswerSchema = z.object({
  generatedAt: z.string(),
  school: z.object({ code: z.string(), name: z.string(), district: districtRefSchema.nullable() }),
  periods: z.array(journalPeriodOverviewSchema),
});
export type SchoolJournalsAnswer = z.infer<typeof schoolJournalsAnswerSchema>;
