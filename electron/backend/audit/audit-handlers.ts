import { defineHandlers } from '../handler';
import { auditHistory, verifyAudit } from './audit-log';

export const auditHandlers = defineHandlers<'audit.history' | 'audit.verify'>({
  'audit.history': { permission: 'audit.read', run: (ctx, input) => ({ entries: auditHistory(ctx.db, input.entity, input.id) }) },
  'audit.verify': { permission: 'audit.read', run: (ctx) => verifyAudit(ctx.db) },
});
