import { auditApi } from '../../../core/api/audit-api';
import { defineHandlers } from '../handler';
import { auditHistory, verifyAudit } from './audit-log';

export const auditHandlers = defineHandlers(auditApi, {
  'audit.history': (ctx, input) => ({ entries: auditHistory(ctx.db, input.entity, input.id) }),
  'audit.verify': (ctx) => verifyAudit(ctx.db),
});
