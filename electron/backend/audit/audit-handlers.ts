import { defineHandlers } from '../handler';
import { auditHistory } from './audit-log';
import { verifyAuditLog } from './audit-verify';

export const auditHandlers = defineHandlers<'audit.history' | 'audit.verify'>({
  'audit.history': { permission: 'audit.read', run: (ctx, input) => ({ entries: auditHistory(ctx.db, input.entity, input.id) }) },
  'audit.verify': { permission: 'audit.read', run: (ctx) => verifyAuditLog(ctx.db) },
});
