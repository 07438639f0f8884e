import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { method } from './method';

export const auditEntitySchema = z.enum(['school', 'academic_year', 'class', 'student', 'staff', 'enrollment', 'user']);
export type AuditEntity = z.infer<typeof auditEntitySchema>;

export const fieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string(),
  userName: z.string(),
  entity: auditEntitySchema,
  entityId: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  changes: z.array(fieldChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Most records the drift list names; `driftTotal` counts them all. */
export const maxDriftListed = 200;
/** Most fields named per record in the drift list. */
export const maxDriftFields = 20;

/**
 * What the central server last said of this PC's chain (issue 13, item 8). `never`: no Sync all has anchored it yet.
 * `diverged` with `detectedBy: 'this-pc'`: the head the server holds is no longer in the local chain, found before
 * the next Sync all tells the server.
 */
export const auditAnchorStateSchema = z.object({
  status: z.enum(['extends', 'diverged', 'never']),
  checkedAt: z.string().nullable(),
  /** The seq of the head the server holds for this PC. */
  anchoredSeq: z.number().int().nullable(),
  reason: z.enum(['shorter', 'rewritten']).optional(),
  detectedBy: z.enum(['server', 'this-pc']).optional(),
  /** The last time the server saw this PC's chain diverge, even if it extends the head held since. */
  divergedAt: z.string().nullable(),
});
export type AuditAnchorState = z.infer<typeof auditAnchorStateSchema>;

/**
 * A record whose current row is not what its audit rows describe: `changed` (the fields that differ), `unrecorded`
 * (a row with no history), `missing` (the history says it exists; the row is gone or marked deleted).
 */
export const auditDriftSchema = z.object({
  entity: z.enum(['student', 'staff', 'enrollment']),
  id: z.string(),
  kind: z.enum(['changed', 'unrecorded', 'missing']),
  fields: z.array(z.string()).max(maxDriftFields),
});
export type AuditDrift = z.infer<typeof auditDriftSchema>;

export const auditVerdictSchema = z.object({
  /** The hash chain recomputes from the first row to the last. */
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.number().int().optional(),
  anchor: auditAnchorStateSchema,
  drift: z.array(auditDriftSchema).max(maxDriftListed),
  driftTotal: z.number().int(),
});
export type AuditVerdict = z.infer<typeof auditVerdictSchema>;

export const auditApi = {
  'audit.history': method(
    'audit.read',
    z.object({ entity: auditEntitySchema, id: idSchema }),
    z.object({ entries: z.array(auditEntrySchema) }),
  ),
  /**
   * Recomputes the hash chain (`brokenAt` is the first entry whose hash does not match), reports what the central
   * server said of it, and lists audited records changed outside the app.
   */
  'audit.verify': method('audit.read', z.object({}), auditVerdictSchema),
};
