import { auditApi } from '../../../core/api/audit-api';
import { defineHandlers } from '../handler';
import { auditHistory } from './audit-log';
import { verifyAuditLog } from './audit-verify';

export const auditHandlers = defineHandlers(auditApi, {
  'audit.history': (ctx, input) => ({ entries: auditHistory(ctx.db, input.entity, input.id) }),
  'audit.verify': (ctx) => verifyAuditLog(ctx.db),
});
