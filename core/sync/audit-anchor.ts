import { z } from 'zod';

/**
 * The audit anchor (issue 13, item 8): with every Sync all a device hands the central server the head of its audit
 * chain, and the server answers whether the chain still extends the head it saw the time before. The server keeps
 * only seq and hash per school and device: no audit content leaves the office.
 */
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);
/** A chain position: seq 0 is the empty chain. */
const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const auditHeadSchema = z.object({ seq: seqSchema, hash: hashSchema });
export type AuditHead = z.infer<typeof auditHeadSchema>;

/** GET /sync/audit-anchor: the seq of the head the server holds for this device (null: none yet). */
export const anchorSeenSchema = z.object({ seq: seqSchema.nullable() });
export type AnchorSeen = z.infer<typeof anchorSeenSchema>;

/**
 * POST /sync/audit-anchor: the device's head, and its row at the seq the server said it holds (`hash` null: the
 * device has no row there any more). `atAnchor` is null only when the server held nothing.
 */
export const anchorBodySchema = z.object({
  head: auditHeadSchema,
  atAnchor: z.object({ seq: seqSchema, hash: hashSchema.nullable() }).nullable(),
});
export type AnchorBody = z.infer<typeof anchorBodySchema>;

/** Why a chain no longer extends the held head: it ends before it, or holds something else at its seq. */
export const anchorDivergenceSchema = z.enum(['shorter', 'rewritten']);

export const anchorAnswerSchema = z.object({
  status: z.enum(['extends', 'diverged']),
  /** The seq of the head this check compared against (0: the server held nothing, so nothing could differ). */
  comparedSeq: seqSchema,
  reason: anchorDivergenceSchema.optional(),
  checkedAt: z.string().max(40),
  /** The last time the server saw this device's chain diverge, kept after it re-anchored on the new head. */
  divergedAt: z.string().max(40).nullable(),
});
export type AnchorAnswer = z.infer<typeof anchorAnswerSchema>;
