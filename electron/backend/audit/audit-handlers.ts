import { auditApi, type AuditEntity } from '../../../core/api/audit-api';
import { effectiveGrants, scopesOf, type Permission } from '../../../core/auth/permissions';
import { AppError } from '../../../core/errors';
import { actingUser, defineHandlers } from '../handler';
import { auditHistory } from './audit-log';
import { verifyAuditLog } from './audit-verify';

/** A card's history holds the card's fields: reading it takes reading every such card (the administrator reads none). */
const cardPermission: Partial<Record<AuditEntity, Permission>> = { student: 'cards.read', enrollment: 'cards.read', staff: 'staff.read' };

export const auditHandlers = defineHandlers(auditApi, {
  'audit.history': (ctx, input) => {
    const permission = cardPermission[input.entity];
    if (permission && !scopesOf(effectiveGrants(actingUser(ctx).roles), permission).includes('all')) throw new AppError('FORBIDDEN', { permission });
    return { entries: auditHistory(ctx.db, input.entity, input.id) };
  },
  'audit.verify': (ctx) => verifyAuditLog(ctx.db),
});
