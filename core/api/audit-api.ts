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

export const auditApi = {
  'audit.history': method(
    'audit.read',
    z.object({ entity: auditEntitySchema, id: idSchema }),
    z.object({ entries: z.array(auditEntrySchema) }),
  ),
  /** Recomputes the hash chain; `brokenAt` is the first entry whose hash does not match. */
  'audit.verify': method(
    'audit.read',
    z.object({}),
    z.object({ ok: z.boolean(), checked: z.number().int(), brokenAt: z.number().int().optional() }),
  ),
};
