import { z } from 'zod';
import { issueSchema } from '../schemas/issue';
import { cardReportSchema } from './card-report';

/** At most this many changes in one push (DESIGN §5). */
export const maxChangesPerPush = 5000;

/** A push may delete at most this share of the school's active cards (DESIGN §5, seed 004 item 16). */
export const massDeleteShare = 0.2;

/**
 * A rejected change lists at most this many issues, and a whole answer at most `maxIssuesPerAnswer` across its
 * results; the rest are counted in `omittedIssues`, so a small hostile body cannot make a huge answer.
 */
export const maxIssuesPerChange = 50;
export const maxIssuesPerAnswer = 2000;

/**
 * One change as a device sends it. `baseRev` null or 0: the record is new to the server. The server judges each
 * change on its own, so one malformed record is `rejected` without losing the rest (see pushEnvelopeSchema).
 */
export const pushChangeSchema = z.object({
  type: z.string().min(1).max(50),
  id: z.string().min(1).max(100),
  baseRev: z.number().int().min(0).nullable(),
  deleted: z.boolean().optional(),
  data: z.unknown().optional(),
});
export type PushChange = z.infer<typeof pushChangeSchema>;

export const pushBodySchema = z.object({
  batchId: z.string().min(1).max(100),
  changes: z.array(pushChangeSchema).max(maxChangesPerPush),
});
export type PushBody = z.infer<typeof pushBodySchema>;

/**
 * What the server requires of a push before looking at its changes: a batchId and at most 5,000 objects. Anything
 * else wrong with a change (a missing or mistyped field) rejects that change alone.
 */
export const pushEnvelopeSchema = z.object({
  batchId: z.string().min(1).max(100),
  changes: z.array(z.looseObject({})).max(maxChangesPerPush),
});
export type PushEnvelope = z.infer<typeof pushEnvelopeSchema>;

/** A record as the server holds it: what a conflict shows and what pull hands out. `data` is absent on tombstones. */
export const serverRecordSchema = z.object({
  type: z.string(),
  id: z.string(),
  rev: z.number().int(),
  deleted: z.boolean(),
  data: z.unknown().optional(),
});
export type ServerRecord = z.infer<typeof serverRecordSchema>;

export const pushOutcomeSchema = z.enum(['applied', 'conflict', 'rejected']);
export type PushOutcome = z.infer<typeof pushOutcomeSchema>;

/**
 * Why a change was rejected (issue codes of the protocol, beside the rule codes of the catalogue). ORDER_NUMBER_TAKEN:
 * another live order of the school already holds that number in that academic year. The journal types' codes
 * (UNKNOWN_REFERENCE, MARK_OUT_OF_SCALE, PERIOD_CLOSED, UNLOCK_TOO_LONG) are in docs/sync-protocol.md, "Journals".
 */
export const rejectionCodeSchema = z.enum([
  'UNKNOWN_TYPE',
  'INVALID_ID',
  'INVALID_CHANGE',
  'MISSING_DATA',
  'INVALID_DATA',
  'FOREIGN_ID',
  'ORDER_NUMBER_TAKEN',
  'UNKNOWN_REFERENCE',
  'MARK_OUT_OF_SCALE',
  'PERIOD_CLOSED',
  'UNLOCK_TOO_LONG',
]);
export type RejectionCode = z.infer<typeof rejectionCodeSchema>;

export const pushResultSchema = z.object({
  type: z.string(),
  id: z.string(),
  outcome: pushOutcomeSchema,
  rev: z.number().int().optional(),
  server: serverRecordSchema.optional(),
  issues: z.array(issueSchema).optional(),
  /** How many more issues this change has than `issues` lists (absent: none left out). */
  omittedIssues: z.number().int().min(1).optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushAnswerSchema = z.object({
  batchId: z.string(),
  results: z.array(pushResultSchema),
  reports: z.array(cardReportSchema),
  cursor: z.string(),
  /** The sum of the results' `omittedIssues` (absent: every issue is listed). */
  omittedIssues: z.number().int().min(1).optional(),
});
export type PushAnswer = z.infer<typeof pushAnswerSchema>;
